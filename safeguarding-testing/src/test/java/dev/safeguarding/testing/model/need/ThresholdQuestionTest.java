package dev.safeguarding.testing.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThresholdQuestionTest {

    private static final Child CHILD = Child.born("child-3", LocalDate.of(2018, 2, 1));

    @Test
    void aBasisForNeglectNeedsNeglectKnownOrSuspected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdQuestion.builder()
                .child(CHILD).addNeglectBases(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN).build());
        assertTrue(e.getMessage().contains("neglectBases"), e.getMessage());
        assertEquals(1, ThresholdQuestion.builder().child(CHILD).neglectKnownOrSuspected(true)
                .addNeglectBases(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN).build().neglectBases().size());
    }

    @Test
    void aQuestionWithOnlyTheChildRecordsNoConcern() {
        assertFalse(ThresholdQuestion.builder().child(CHILD).consent(ConsentStatus.REFUSED).build().isConcernRecorded());
        assertTrue(ThresholdQuestion.builder().child(CHILD).earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_MET).build()
                .isConcernRecorded());
    }

    /**
     * "This includes making a child protection referral where a delay in getting consent may mean the child or
     * young person is put at further risk of harm." (Information Sharing): the sharing question on the same facts
     * carries the child protection concern, the consent and the immediate danger.
     */
    @Test
    void theSharingQuestionCarriesTheSameFacts() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            SharingQuestion sharing = question.sharingQuestion();
            assertEquals(question.consent(), sharing.consent());
            assertEquals(question.immediateDanger(), sharing.immediateRiskOfHarm());
            assertEquals(question.immediateDanger() || !question.section47Indicators().isEmpty(),
                    sharing.childProtectionConcern());
            assertTrue(sharing.purposeIsSafeguarding());
        });
    }
}
