package dev.safeguarding.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The census types hold what a local authority sent (drafts allowed; validation reports the rest) and
 * reject only nonsense, naming the field and the rule; their {@code toString()} never shows personal data
 * (DESIGN.md, "House style").
 */
class CensusTypesTest {

    @Test
    void aUpnOfTheWrongPatternIsHeldForValidationToReport() {
        // §1.2: UPN "pattern [A-Za-z]\d{12} | [A-Za-z]\d{11}[A-Za-z]" is the schema's, checked by rules.
        ChildIdentifiers ids = ChildIdentifiers.builder().laChildId("C1").upn("not-a-upn").build();
        assertEquals("not-a-upn", ids.upn().orElseThrow());
    }

    @Test
    void aChildWithBothABirthDateAndAnExpectedOneIsHeldForValidationToReport() {
        // Rule 8525Q: "one or the other, not both" is a query of validation.
        ChildIdentifiers ids = ChildIdentifiers.builder().personBirthDate(LocalDate.of(2020, 1, 1))
                .expectedPersonBirthDate(LocalDate.of(2026, 5, 1)).build();
        assertTrue(ids.personBirthDate().isPresent() && ids.expectedPersonBirthDate().isPresent());
    }

    @Test
    void aNegativeNumberOfPreviousPlansIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ChildProtectionPlan.builder().numberOfPreviousCpp(-1).build());
        assertEquals("numberOfPreviousCpp", e.field());
        assertEquals("must not be negative", e.rule());
        assertFalse(e.getMessage().contains("-1"));
    }

    @Test
    void aNegativeCountOfReviewMeetingsIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> PreProceedings.builder().reviewMeetingsCount(-2).build());
        assertEquals("reviewMeetingsCount", e.field());
    }

    @Test
    void blankOrUntrimmedTextIsRejectedSoThatAnAbsentItemIsLeftAbsent() {
        assertEquals("laChildId", assertThrows(InvalidValueException.class,
                () -> ChildIdentifiers.builder().laChildId(" ").build()).field());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ChildIdentifiers.builder().upn(" A123456789012").build());
        assertEquals("upn", e.field());
        assertFalse(e.getMessage().contains("A123456789012"));
    }

    @Test
    void toStringNeverShowsDatesOrUpns() {
        Property.forAll(300, CensusGen.children(), child -> {
            List<Object> parts = new ArrayList<>();
            parts.add(child);
            child.identifiers().ifPresent(parts::add);
            child.characteristics().ifPresent(parts::add);
            for (CinDetails episode : child.cinDetails()) {
                parts.add(episode);
                parts.addAll(episode.assessments());
                parts.addAll(episode.cinPlans());
                parts.addAll(episode.section47s());
                parts.addAll(episode.childProtectionPlans());
                parts.addAll(episode.preProceedings());
            }
            List<String> secrets = new ArrayList<>();
            child.identifiers().ifPresent(ids -> {
                ids.upn().ifPresent(secrets::add);
                ids.formerUpn().ifPresent(secrets::add);
                ids.personBirthDate().map(LocalDate::toString).ifPresent(secrets::add);
                ids.expectedPersonBirthDate().map(LocalDate::toString).ifPresent(secrets::add);
                ids.personDeathDate().map(LocalDate::toString).ifPresent(secrets::add);
            });
            for (Object part : parts) {
                String text = part.toString();
                for (String secret : secrets) {
                    // a generated UPN of a character or two may occur by chance ("cinDetails=3")
                    if (secret.length() >= 8 && !child.laChildId().orElse("").contains(secret)) {
                        assertFalse(text.contains(secret), part.getClass().getSimpleName() + " shows personal data");
                    }
                }
                assertFalse(text.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), part.getClass().getSimpleName() + " shows a date");
            }
        });
    }

    @Test
    void aChildShowsItsIdentifierAndShapeOnly() {
        CensusChild child = CensusChild.builder()
                .identifiers(ChildIdentifiers.builder().laChildId("SYN0000001").upn("A926123456789")
                        .personBirthDate(LocalDate.of(2015, 3, 27)).build())
                .addCinDetail(CinDetails.builder().referralDate(LocalDate.of(2025, 5, 6)).build()).build();
        assertEquals("CensusChild{laChildId=SYN0000001, cinDetails=1}", child.toString());
        assertEquals("ChildIdentifiers{laChildId=SYN0000001, upn=present, personBirthDate=present}",
                child.identifiers().orElseThrow().toString());
    }
}
