package dev.safeguarding.testing.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ThresholdProfileTest {

    private static final SourcePassage SOURCE = SourcePassage.of("A partnership's threshold document", "Levels");

    private static ThresholdProfile.Builder complete() {
        ThresholdProfile.Builder builder = ThresholdProfile.builder().id("p").name("Profile").source(SOURCE)
                .combinationMinimumIndicators(3).combinationMinimumDomains(2).enhancedEarlyHelpMaximumIndicators(2);
        for (LevelOfNeed level : LevelOfNeed.values()) {
            builder.putResponse(level, Pathway.CADS_CONSULTATION);
        }
        for (GuidanceCode code : GuidanceCode.values()) {
            builder.addStatement(GuidanceStatement.of(code, "text of " + code.code(), SOURCE));
        }
        return builder;
    }

    private static InvalidValueException rejected(UnaryOperator<ThresholdProfile.Builder> change) {
        return assertThrows(InvalidValueException.class, () -> change.apply(complete()).build());
    }

    @Test
    void aCompleteProfileGivesTheStatementAndResponseForEachCode() {
        ThresholdProfile profile = complete().build();
        for (GuidanceCode code : GuidanceCode.values()) {
            assertEquals(code, profile.statement(code).code());
        }
        assertEquals(Pathway.CADS_CONSULTATION, profile.response(LevelOfNeed.UNIVERSAL));
    }

    @Test
    void numbersOutOfRangeAreRejectedNamingTheField() {
        assertEquals("combinationMinimumIndicators", rejected(b -> b.combinationMinimumIndicators(1)).field());
        assertEquals("combinationMinimumDomains", rejected(b -> b.combinationMinimumDomains(0)).field());
        assertEquals("combinationMinimumDomains", rejected(b -> b.combinationMinimumDomains(4)).field());
        InvalidValueException e = rejected(b -> b.enhancedEarlyHelpMaximumIndicators(-1));
        assertEquals("enhancedEarlyHelpMaximumIndicators", e.field());
        assertEquals("must be between 1 and 1000", e.rule());
    }

    @Test
    void aMissingOrRepeatedStatementIsRejected() {
        InvalidValueException missing = assertThrows(InvalidValueException.class, () -> {
            ThresholdProfile.Builder builder = complete();
            builder.statements(Arrays.stream(GuidanceCode.values()).filter(c -> c != GuidanceCode.NO_INDICATORS)
                    .map(c -> GuidanceStatement.of(c, "t", SOURCE)).toList());
            builder.build();
        });
        assertEquals("statements", missing.field());
        assertTrue(missing.rule().contains("need.no-indicators"), missing.rule());
        InvalidValueException twice = rejected(
                b -> b.addStatement(GuidanceStatement.of(GuidanceCode.IMMEDIATE_DANGER, "again", SOURCE)));
        assertTrue(twice.rule().contains("need.immediate-danger appears twice"), twice.rule());
    }

    @Test
    void aMissingResponseForALevelIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> {
            ThresholdProfile.Builder builder = complete();
            builder.responses(java.util.Map.of(LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES));
            builder.build();
        });
        assertEquals("responses", e.field());
        assertTrue(e.rule().contains("ACUTE"), e.rule());
    }

    @Test
    void generatedProfilesAreCompleteForEveryCode() {
        Property.forAll(200, ModelGen.thresholdProfiles(), profile -> {
            for (GuidanceCode code : GuidanceCode.values()) {
                assertEquals(code, profile.statement(code).code());
            }
        });
    }

    @Test
    void aDetailFillsEveryPlaceholderOfAStatement() {
        GuidanceStatement template = GuidanceStatement.of(GuidanceCode.SECTION_47_INDICATOR,
                "Indicator: " + GuidanceStatement.DETAIL + " (" + GuidanceStatement.DETAIL + ")", SOURCE);
        assertEquals("Indicator: x (x)", template.withDetail("x").text());
        assertEquals(template.code(), template.withDetail("x").code());
    }

    @Test
    void guidanceCodesAreFoundByTheirStableCode() {
        for (GuidanceCode code : GuidanceCode.values()) {
            assertEquals(code, GuidanceCode.ofCode(code.code()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuidanceCode.ofCode("x"));
        assertTrue(e.getMessage().contains("need.talk-to-line-manager"));
    }
}
