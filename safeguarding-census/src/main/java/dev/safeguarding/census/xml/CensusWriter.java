package dev.safeguarding.census.xml;

import static dev.safeguarding.census.xml.Elements.*;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusCode;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CensusSource;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionDetails;
import dev.safeguarding.census.PreProceedings;
import dev.safeguarding.census.Section47;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes census XML with the JDK's StAX, one child at a time: the header on opening, each child as it
 * is given, and the closing tags on {@link #close()}. Elements are written in the census's order
 * (S2 {@code cin_census/cin-2022.xsd}; {@code <Sex>} after {@code <ExpectedPersonBirthDate>} where
 * {@code <GenderCurrent>} stood, and {@code <PreProceedingsandFGDM>} last in {@code <CINdetails>}, as in
 * S1's 2026 sample), dates as {@code yyyy-mm-dd}, yes/no as {@code true}/{@code false}, codes as the
 * lists write them, UTF-8, indented by two spaces. Absent items are not written; an empty list writes no
 * wrapper ({@code <Disabilities>}, {@code <FactorsIdentifiedAtAssessment>}, {@code <Reviews>}), except a plan's
 * {@linkplain ChildProtectionPlan#reviewsWithoutDate() reviews without a date}, an empty {@code <Reviews>}.
 * Reading what was written gives back the same values.
 *
 * <pre>{@code
 * try (CensusWriter writer = CensusWriter.to(out, header)) {
 *     children.forEach(writer::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Problems writing are {@link UncheckedIOException}s.
 */
public final class CensusWriter implements AutoCloseable {

    private final XMLStreamWriter xml;
    private int depth;
    private boolean closed;

    private CensusWriter(OutputStream out, Optional<CensusHeader> header) {
        try {
            this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            start(MESSAGE);
            if (header.isPresent()) {
                header(header.get());
            }
            start(CHILDREN);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A writer of a message with {@code header} to {@code out} (which {@link #close()} leaves open). */
    public static CensusWriter to(OutputStream out, CensusHeader header) {
        return new CensusWriter(Objects.requireNonNull(out, "out"), Optional.of(header));
    }

    /** A writer of a message without a header to {@code out}. */
    public static CensusWriter to(OutputStream out) {
        return new CensusWriter(Objects.requireNonNull(out, "out"), Optional.empty());
    }

    /** Writes {@code message} whole to {@code out}. */
    public static void write(CensusMessage message, OutputStream out) {
        try (CensusWriter writer = new CensusWriter(Objects.requireNonNull(out, "out"), message.header())) {
            message.children().forEach(writer::write);
        }
    }

    /** {@code message} as census XML text. */
    public static String toXml(CensusMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(message, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes one child. */
    public void write(CensusChild child) {
        if (closed) {
            throw new IllegalStateException("the census writer is closed");
        }
        try {
            start(CHILD);
            if (child.identifiers().isPresent()) {
                identifiers(child.identifiers().get());
            }
            if (child.characteristics().isPresent()) {
                characteristics(child.characteristics().get());
            }
            for (CinDetails episode : child.cinDetails()) {
                cinDetails(episode);
            }
            end();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes the closing tags and flushes; the output stream is left open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            end(); // Children
            end(); // Message
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void header(CensusHeader header) throws XMLStreamException {
        start(HEADER);
        if (header.collectionDetails().isPresent()) {
            CollectionDetails details = header.collectionDetails().get();
            start(COLLECTION_DETAILS);
            text(COLLECTION, details.collection());
            text(YEAR, details.year().map(year -> String.format("%04d", year.getValue())));
            date(REFERENCE_DATE, details.referenceDate());
            end();
        }
        for (CensusSource source : header.sources()) {
            start(SOURCE);
            text(SOURCE_LEVEL, source.sourceLevel());
            text(LEA, source.lea());
            text(SOFTWARE_CODE, source.softwareCode());
            text(RELEASE, source.release());
            text(SERIAL_NO, source.serialNo());
            text(DATE_TIME, source.dateTime());
            end();
        }
        end();
    }

    private void identifiers(ChildIdentifiers ids) throws XMLStreamException {
        start(CHILD_IDENTIFIERS);
        text(LA_CHILD_ID, ids.laChildId());
        text(UPN, ids.upn());
        text(FORMER_UPN, ids.formerUpn());
        code(UPN_UNKNOWN, ids.upnUnknown());
        date(PERSON_BIRTH_DATE, ids.personBirthDate());
        date(EXPECTED_PERSON_BIRTH_DATE, ids.expectedPersonBirthDate());
        code(GENDER_CURRENT, ids.genderCurrent());
        code(SEX, ids.sex());
        date(PERSON_DEATH_DATE, ids.personDeathDate());
        end();
    }

    private void characteristics(ChildCharacteristics characteristics) throws XMLStreamException {
        start(CHILD_CHARACTERISTICS);
        code(ETHNICITY, characteristics.ethnicity());
        codes(DISABILITIES, DISABILITY, characteristics.disabilities());
        end();
    }

    private void cinDetails(CinDetails episode) throws XMLStreamException {
        start(CIN_DETAILS);
        date(CIN_REFERRAL_DATE, episode.referralDate());
        code(REFERRAL_SOURCE, episode.referralSource());
        code(PRIMARY_NEED_CODE, episode.primaryNeed());
        date(CIN_CLOSURE_DATE, episode.closureDate());
        code(REASON_FOR_CLOSURE, episode.reasonForClosure());
        date(DATE_OF_INITIAL_CPC, episode.dateOfInitialCpc());
        for (Assessment assessment : episode.assessments()) {
            start(ASSESSMENTS);
            date(ASSESSMENT_ACTUAL_START_DATE, assessment.actualStartDate());
            date(ASSESSMENT_INTERNAL_REVIEW_DATE, assessment.internalReviewDate());
            date(ASSESSMENT_AUTHORISATION_DATE, assessment.authorisationDate());
            codes(FACTORS_IDENTIFIED_AT_ASSESSMENT, ASSESSMENT_FACTORS, assessment.factors());
            end();
        }
        for (CinPlan plan : episode.cinPlans()) {
            start(CIN_PLAN_DATES);
            date(CIN_PLAN_START_DATE, plan.startDate());
            date(CIN_PLAN_END_DATE, plan.endDate());
            end();
        }
        for (Section47 enquiry : episode.section47s()) {
            start(SECTION_47);
            date(S47_ACTUAL_START_DATE, enquiry.actualStartDate());
            date(INITIAL_CPC_TARGET, enquiry.initialCpcTarget());
            date(DATE_OF_INITIAL_CPC, enquiry.dateOfInitialCpc());
            yesNo(ICPC_NOT_REQUIRED, enquiry.icpcNotRequired());
            end();
        }
        yesNo(REFERRAL_NFA, episode.referralNfa());
        for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
            start(CHILD_PROTECTION_PLANS);
            date(CPP_START_DATE, plan.startDate());
            date(CPP_END_DATE, plan.endDate());
            code(INITIAL_CATEGORY_OF_ABUSE, plan.initialCategoryOfAbuse());
            code(LATEST_CATEGORY_OF_ABUSE, plan.latestCategoryOfAbuse());
            text(NUMBER_OF_PREVIOUS_CPP, plan.numberOfPreviousCpp().map(String::valueOf));
            if (!plan.reviewDates().isEmpty() || plan.reviewsWithoutDate()) {
                start(REVIEWS);
                for (LocalDate review : plan.reviewDates()) {
                    date(CPP_REVIEW_DATE, Optional.of(review));
                }
                end();
            }
            end();
        }
        for (PreProceedings block : episode.preProceedings()) {
            start(PRE_PROCEEDINGS);
            date(PP_START_DATE, block.startDate());
            date(LBP_SENT_DATE, block.letterBeforeProceedingsSentDate());
            text(FGDM_MEETING_OFFER, block.fgdmMeetingOffer());
            text(FGDM_MEETING_FAC, block.fgdmMeetingFacilitated());
            date(INITIAL_PP_MEETING_DATE, block.initialMeetingDate());
            text(REVIEW_MEETINGS_COUNT, block.reviewMeetingsCount().map(String::valueOf));
            date(STEP_DECISION_DATE, block.stepDecisionDate());
            text(PP_OUTCOME, block.outcome());
            date(COURT_APP_DATE, block.courtApplicationDate());
            date(LETTER_INIT_CP_DATE, block.letterInitCpDate());
            end();
        }
        end();
    }

    private void codes(String wrapper, String element, Collection<? extends CensusCode> codes)
            throws XMLStreamException {
        if (codes.isEmpty()) {
            return;
        }
        start(wrapper);
        for (CensusCode code : codes) {
            text(element, Optional.of(code.code()));
        }
        end();
    }

    private void code(String element, Optional<? extends CensusCode> code) throws XMLStreamException {
        text(element, code.map(CensusCode::code));
    }

    private void date(String element, Optional<LocalDate> date) throws XMLStreamException {
        text(element, date.map(LocalDate::toString));
    }

    private void yesNo(String element, Optional<Boolean> value) throws XMLStreamException {
        text(element, value.map(String::valueOf));
    }

    private void text(String element, Optional<String> text) throws XMLStreamException {
        if (text.isPresent()) {
            indent();
            xml.writeStartElement(element);
            xml.writeCharacters(text.get());
            xml.writeEndElement();
        }
    }

    private void start(String element) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("could not write the census XML", e));
    }

    @Override
    public String toString() {
        return "CensusWriter{closed=" + closed + "}";
    }
}
