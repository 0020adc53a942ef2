package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pre-proceedings and family group decision making, {@code <PreProceedingsandFGDM>}, collected from
 * 2026-27: {@code <PPStartDate>}, {@code <LBPSentDate>}, {@code <FGDMMeetingOffer>},
 * {@code <FGDMMeetingFac>}, {@code <InitialPPMeetingDate>}, {@code <ReviewMeetingsCount>},
 * {@code <StepDecisionDate>}, {@code <PPOutcome>}, {@code <CourtAppDate>} and {@code <LetterInitCPDate>}.
 *
 * <p>Only the structure is known: the items appear in the reference validator's ingress and its 2026
 * sample file (S1, commit {@code 5eb2c55}); the DfE's definitions, cardinalities and the code lists of
 * {@code PPOutcome}, {@code FGDMMeetingOffer} and {@code FGDMMeetingFac} were not found, so those are
 * kept as the text sent. Items whose names end in "Date" are read as dates and
 * {@code ReviewMeetingsCount} as a count (the library's reading of the names and the sample).
 *
 * <p>Source: S1 {@code ingress.py}, {@code fake_data/CIN_Census_2026.xml}; DfE, <i>Children in need
 * census 2026 to 2027: business and technical specification</i> (not retrieved).
 */
@Value.Immutable
@CensusStyle
public abstract class PreProceedings {

    /** {@code <PPStartDate>}: the start of pre-proceedings. */
    public abstract Optional<LocalDate> startDate();

    /** {@code <LBPSentDate>}: when the letter before proceedings was sent. */
    public abstract Optional<LocalDate> letterBeforeProceedingsSentDate();

    /** {@code <FGDMMeetingOffer>}, as sent (code list not found). */
    public abstract Optional<String> fgdmMeetingOffer();

    /** {@code <FGDMMeetingFac>}, as sent (code list not found). */
    public abstract Optional<String> fgdmMeetingFacilitated();

    /** {@code <InitialPPMeetingDate>}. */
    public abstract Optional<LocalDate> initialMeetingDate();

    /** {@code <ReviewMeetingsCount>}: not negative. */
    public abstract Optional<Integer> reviewMeetingsCount();

    /** {@code <StepDecisionDate>}. */
    public abstract Optional<LocalDate> stepDecisionDate();

    /** {@code <PPOutcome>}, as sent (code list not found). */
    public abstract Optional<String> outcome();

    /** {@code <CourtAppDate>}: the date of the court application. */
    public abstract Optional<LocalDate> courtApplicationDate();

    /** {@code <LetterInitCPDate>}. */
    public abstract Optional<LocalDate> letterInitCpDate();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreProceedings}; a negative {@code reviewMeetingsCount} is rejected. */
    public static final class Builder extends ImmutablePreProceedings.Builder {
    }

    @Value.Check
    void check() {
        Require.trimmedText(fgdmMeetingOffer(), "fgdmMeetingOffer");
        Require.trimmedText(fgdmMeetingFacilitated(), "fgdmMeetingFacilitated");
        Require.trimmedText(outcome(), "outcome");
        Require.notNegative(reviewMeetingsCount(), "reviewMeetingsCount");
    }

    @Override
    public String toString() {
        return "PreProceedings{started=" + startDate().isPresent() + "}";
    }
}
