package dev.safeguarding.census.xml;

import static dev.safeguarding.census.xml.Elements.*;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CategoryOfAbuse;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CensusSource;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionDetails;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Ethnicity;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.PreProceedings;
import dev.safeguarding.census.PrimaryNeed;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The recursive-descent reading of the census's elements over one {@link XMLStreamReader}: it keeps the
 * element path, reports problems at their place, and in strict mode throws at the first.
 */
final class Parser {

    private static final int MAX_DEPTH = 64;

    private final XMLStreamReader xml;
    private final boolean strict;
    private final List<ReadFinding> findings = new ArrayList<>();
    private final List<ReadFinding> childFindings = new ArrayList<>();

    private final String[] names = new String[MAX_DEPTH];
    private final int[] indexes = new int[MAX_DEPTH];
    private final int[] lines = new int[MAX_DEPTH];
    private final int[] columns = new int[MAX_DEPTH];
    private int depth;
    private boolean inChild;
    private String childId;

    Parser(XMLStreamReader xml, boolean strict) {
        this.xml = xml;
        this.strict = strict;
    }

    /** Every finding so far outside an unfinished child. */
    List<ReadFinding> findings() {
        return findings;
    }

    // ---- document level -------------------------------------------------------------------------

    /** Moves to the root element and checks that it is {@code Message}. */
    void enterMessage() {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw fatal(ReadProblem.DTD_REFUSED, location());
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fatal(ReadProblem.MALFORMED_XML, location());
            }
            event = next();
        }
        if (!MESSAGE.equals(xml.getLocalName())) {
            enter(0);
            throw fatal(ReadProblem.NOT_A_CENSUS, location());
        }
        enter(0);
    }

    /**
     * Reads the message's elements up to the start of {@code Children}; returns the header, if one came
     * first. Afterwards {@link #atChildren()} tells whether {@code Children} was found.
     */
    Optional<CensusHeader> readUpToChildren() {
        Optional<CensusHeader> header = Optional.empty();
        boolean headerSeen = false;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (HEADER.equals(name)) {
                enter(0);
                if (headerSeen) {
                    report(ReadProblem.REPEATED_ELEMENT);
                }
                headerSeen = true;
                header = Optional.of(readHeader());
            } else if (CHILDREN.equals(name)) {
                enter(0);
                return header;
            } else {
                unexpected();
            }
        }
        return header;
    }

    /** Whether the reader stands inside {@code Children}. */
    boolean atChildren() {
        return depth == 2 && CHILDREN.equals(names[1]);
    }

    /** The next child inside {@code Children}, or empty at its end (the rest of the message then read). */
    Optional<CensusChild> nextChild(int index) {
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (CHILD.equals(xml.getLocalName())) {
                enter(index);
                return Optional.of(readChild());
            }
            unexpected();
        }
        leave(); // Children
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            unexpected(); // a Header after the children, or anything else
        }
        leave(); // Message
        return Optional.empty();
    }

    // ---- blocks -----------------------------------------------------------------------------------

    private CensusHeader readHeader() {
        CensusHeader.Builder header = CensusHeader.builder();
        Set<String> seen = new HashSet<>();
        int sources = 0;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case COLLECTION_DETAILS -> header.collectionDetails(block(seen, this::readCollectionDetails));
                case SOURCE -> {
                    enter(++sources);
                    header.addSource(readSource());
                }
                default -> unexpected();
            }
        }
        leave();
        return header.build();
    }

    private CollectionDetails readCollectionDetails() {
        CollectionDetails.Builder details = CollectionDetails.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case COLLECTION -> details.collection(text(seen));
                case YEAR -> details.year(year(seen));
                case REFERENCE_DATE -> details.referenceDate(date(seen));
                default -> unexpected();
            }
        }
        leave();
        return details.build();
    }

    private CensusSource readSource() {
        CensusSource.Builder source = CensusSource.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case SOURCE_LEVEL -> source.sourceLevel(text(seen));
                case LEA -> source.lea(text(seen));
                case SOFTWARE_CODE -> source.softwareCode(text(seen));
                case RELEASE -> source.release(text(seen));
                case SERIAL_NO -> source.serialNo(text(seen));
                case DATE_TIME -> source.dateTime(text(seen));
                default -> unexpected();
            }
        }
        leave();
        return source.build();
    }

    private CensusChild readChild() {
        inChild = true;
        childId = null;
        childFindings.clear();
        CensusChild.Builder child = CensusChild.builder();
        Set<String> seen = new HashSet<>();
        int episodes = 0;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case CHILD_IDENTIFIERS -> child.identifiers(block(seen, this::readIdentifiers));
                case CHILD_CHARACTERISTICS -> child.characteristics(block(seen, this::readCharacteristics));
                case CIN_DETAILS -> {
                    enter(++episodes);
                    child.addCinDetail(readCinDetails());
                }
                default -> unexpected();
            }
        }
        leave();
        inChild = false;
        for (ReadFinding finding : childFindings) {
            findings.add(childId == null ? finding : finding.inChild(childId));
        }
        childFindings.clear();
        return child.build();
    }

    private ChildIdentifiers readIdentifiers() {
        ChildIdentifiers.Builder ids = ChildIdentifiers.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case LA_CHILD_ID -> {
                    Optional<String> id = text(seen);
                    id.ifPresent(value -> childId = value);
                    ids.laChildId(id);
                }
                case UPN -> ids.upn(text(seen));
                case FORMER_UPN -> ids.formerUpn(text(seen));
                case UPN_UNKNOWN -> ids.upnUnknown(code(seen, UpnUnknown::fromCode));
                case PERSON_BIRTH_DATE -> ids.personBirthDate(date(seen));
                case EXPECTED_PERSON_BIRTH_DATE -> ids.expectedPersonBirthDate(date(seen));
                case GENDER_CURRENT -> ids.genderCurrent(code(seen, Gender::fromCode));
                case SEX -> ids.sex(code(seen, Sex::fromCode));
                case PERSON_DEATH_DATE -> ids.personDeathDate(date(seen));
                default -> unexpected();
            }
        }
        leave();
        return ids.build();
    }

    private ChildCharacteristics readCharacteristics() {
        ChildCharacteristics.Builder characteristics = ChildCharacteristics.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case ETHNICITY -> characteristics.ethnicity(code(seen, Ethnicity::fromCode));
                case DISABILITIES -> {
                    enter(0);
                    repeated(seen);
                    characteristics.addAllDisabilities(codes(DISABILITY, Disability::fromCode));
                }
                default -> unexpected();
            }
        }
        leave();
        return characteristics.build();
    }

    private CinDetails readCinDetails() {
        CinDetails.Builder episode = CinDetails.builder();
        Set<String> seen = new HashSet<>();
        int assessments = 0;
        int plans = 0;
        int enquiries = 0;
        int protectionPlans = 0;
        int preProceedings = 0;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case CIN_REFERRAL_DATE -> episode.referralDate(date(seen));
                case REFERRAL_SOURCE -> episode.referralSource(code(seen, ReferralSource::fromCode));
                case PRIMARY_NEED_CODE -> episode.primaryNeed(code(seen, PrimaryNeed::fromCode));
                case CIN_CLOSURE_DATE -> episode.closureDate(date(seen));
                case REASON_FOR_CLOSURE -> episode.reasonForClosure(code(seen, ReasonForClosure::fromCode));
                case DATE_OF_INITIAL_CPC -> episode.dateOfInitialCpc(date(seen));
                case REFERRAL_NFA -> episode.referralNfa(yesNo(seen));
                case ASSESSMENTS -> {
                    enter(++assessments);
                    episode.addAssessment(readAssessment());
                }
                case CIN_PLAN_DATES -> {
                    enter(++plans);
                    episode.addCinPlan(readCinPlan());
                }
                case SECTION_47 -> {
                    enter(++enquiries);
                    episode.addSection47(readSection47());
                }
                case CHILD_PROTECTION_PLANS -> {
                    enter(++protectionPlans);
                    episode.addChildProtectionPlan(readChildProtectionPlan());
                }
                case PRE_PROCEEDINGS -> {
                    enter(++preProceedings);
                    episode.addPreProceeding(readPreProceedings());
                }
                default -> unexpected();
            }
        }
        leave();
        return episode.build();
    }

    private Assessment readAssessment() {
        Assessment.Builder assessment = Assessment.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case ASSESSMENT_ACTUAL_START_DATE -> assessment.actualStartDate(date(seen));
                case ASSESSMENT_INTERNAL_REVIEW_DATE -> assessment.internalReviewDate(date(seen));
                case ASSESSMENT_AUTHORISATION_DATE -> assessment.authorisationDate(date(seen));
                case FACTORS_IDENTIFIED_AT_ASSESSMENT -> {
                    enter(0);
                    repeated(seen);
                    assessment.addAllFactors(codes(ASSESSMENT_FACTORS, AssessmentFactor::fromCode));
                }
                default -> unexpected();
            }
        }
        leave();
        return assessment.build();
    }

    private CinPlan readCinPlan() {
        CinPlan.Builder plan = CinPlan.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case CIN_PLAN_START_DATE -> plan.startDate(date(seen));
                case CIN_PLAN_END_DATE -> plan.endDate(date(seen));
                default -> unexpected();
            }
        }
        leave();
        return plan.build();
    }

    private Section47 readSection47() {
        Section47.Builder enquiry = Section47.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case S47_ACTUAL_START_DATE -> enquiry.actualStartDate(date(seen));
                case INITIAL_CPC_TARGET -> enquiry.initialCpcTarget(date(seen));
                case DATE_OF_INITIAL_CPC -> enquiry.dateOfInitialCpc(date(seen));
                case ICPC_NOT_REQUIRED -> enquiry.icpcNotRequired(yesNo(seen));
                default -> unexpected();
            }
        }
        leave();
        return enquiry.build();
    }

    private ChildProtectionPlan readChildProtectionPlan() {
        ChildProtectionPlan.Builder plan = ChildProtectionPlan.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case CPP_START_DATE -> plan.startDate(date(seen));
                case CPP_END_DATE -> plan.endDate(date(seen));
                case INITIAL_CATEGORY_OF_ABUSE -> plan.initialCategoryOfAbuse(code(seen, CategoryOfAbuse::fromCode));
                case LATEST_CATEGORY_OF_ABUSE -> plan.latestCategoryOfAbuse(code(seen, CategoryOfAbuse::fromCode));
                case NUMBER_OF_PREVIOUS_CPP -> plan.numberOfPreviousCpp(count(seen));
                case REVIEWS -> {
                    enter(0);
                    repeated(seen);
                    plan.addAllReviewDates(dates(CPP_REVIEW_DATE));
                }
                default -> unexpected();
            }
        }
        leave();
        return plan.build();
    }

    private PreProceedings readPreProceedings() {
        PreProceedings.Builder block = PreProceedings.builder();
        Set<String> seen = new HashSet<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case PP_START_DATE -> block.startDate(date(seen));
                case LBP_SENT_DATE -> block.letterBeforeProceedingsSentDate(date(seen));
                case FGDM_MEETING_OFFER -> block.fgdmMeetingOffer(text(seen));
                case FGDM_MEETING_FAC -> block.fgdmMeetingFacilitated(text(seen));
                case INITIAL_PP_MEETING_DATE -> block.initialMeetingDate(date(seen));
                case REVIEW_MEETINGS_COUNT -> block.reviewMeetingsCount(count(seen));
                case STEP_DECISION_DATE -> block.stepDecisionDate(date(seen));
                case PP_OUTCOME -> block.outcome(text(seen));
                case COURT_APP_DATE -> block.courtApplicationDate(date(seen));
                case LETTER_INIT_CP_DATE -> block.letterInitCpDate(date(seen));
                default -> unexpected();
            }
        }
        leave();
        return block.build();
    }

    /** A 1..1 block: enters it, notes a repeat, reads it. */
    private <T> T block(Set<String> seen, java.util.function.Supplier<T> reader) {
        enter(0);
        repeated(seen);
        return reader.get();
    }

    /** The repeated coded leaves named {@code element} inside the current wrapper, which is then left. */
    private <E> List<E> codes(String element, Function<String, Optional<E>> lookup) {
        List<E> values = new ArrayList<>();
        int index = 0;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (element.equals(xml.getLocalName())) {
                enter(++index);
                leafCode(lookup).ifPresent(values::add);
            } else {
                unexpected();
            }
        }
        leave();
        return values;
    }

    /** The repeated date leaves named {@code element} inside the current wrapper, which is then left. */
    private List<LocalDate> dates(String element) {
        List<LocalDate> values = new ArrayList<>();
        int index = 0;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (element.equals(xml.getLocalName())) {
                enter(++index);
                leafDate().ifPresent(values::add);
            } else {
                unexpected();
            }
        }
        leave();
        return values;
    }

    // ---- leaves -----------------------------------------------------------------------------------

    private Optional<String> text(Set<String> seen) {
        enter(0);
        repeated(seen);
        Optional<String> text = leafText();
        leave();
        return text;
    }

    private Optional<LocalDate> date(Set<String> seen) {
        enter(0);
        repeated(seen);
        return leafDate();
    }

    private <E> Optional<E> code(Set<String> seen, Function<String, Optional<E>> lookup) {
        enter(0);
        repeated(seen);
        return leafCode(lookup);
    }

    private Optional<Boolean> yesNo(Set<String> seen) {
        enter(0);
        repeated(seen);
        Optional<String> text = leafText();
        Optional<Boolean> value = text.flatMap(Parser::parseYesNo);
        if (text.isPresent() && value.isEmpty()) {
            report(ReadProblem.BAD_YES_NO);
        }
        leave();
        return value;
    }

    private Optional<Integer> count(Set<String> seen) {
        enter(0);
        repeated(seen);
        Optional<String> text = leafText();
        Optional<Integer> value = text.flatMap(Parser::parseCount);
        if (text.isPresent() && value.isEmpty()) {
            report(ReadProblem.BAD_NUMBER);
        }
        leave();
        return value;
    }

    private Optional<Year> year(Set<String> seen) {
        enter(0);
        repeated(seen);
        Optional<String> text = leafText();
        Optional<Year> value = Optional.empty();
        if (text.isPresent()) {
            if (text.get().matches("\\d{4}")) {
                value = Optional.of(Year.of(Integer.parseInt(text.get())));
            } else {
                report(ReadProblem.BAD_YEAR);
            }
        }
        leave();
        return value;
    }

    /** A date leaf, entered: reads, reports, leaves. */
    private Optional<LocalDate> leafDate() {
        Optional<String> text = leafText();
        Optional<LocalDate> value = text.flatMap(Parser::parseDate);
        if (text.isPresent() && value.isEmpty()) {
            report(ReadProblem.BAD_DATE);
        }
        leave();
        return value;
    }

    /** A coded leaf, entered: reads, reports, leaves. */
    private <E> Optional<E> leafCode(Function<String, Optional<E>> lookup) {
        Optional<String> text = leafText();
        Optional<E> value = text.flatMap(lookup);
        if (text.isPresent() && value.isEmpty()) {
            report(ReadProblem.UNKNOWN_CODE);
        }
        leave();
        return value;
    }

    /**
     * The text of the leaf just entered, stripped; empty when there is none (an empty element is read as
     * an absent item, as the reference validator reads it). Stops on the leaf's end tag, which is not
     * consumed from the path: the caller leaves.
     */
    private Optional<String> leafText() {
        StringBuilder text = null;
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text == null) {
                        text = new StringBuilder();
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.START_ELEMENT -> unexpected();
                case XMLStreamConstants.END_ELEMENT -> {
                    if (text == null) {
                        return Optional.empty();
                    }
                    String value = text.toString().strip();
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
                case XMLStreamConstants.DTD -> throw fatal(ReadProblem.DTD_REFUSED, location());
                default -> {
                    // comments and processing instructions are not content
                }
            }
        }
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The six spellings of the schema's {@code yesnotype}. */
    static Optional<Boolean> parseYesNo(String text) {
        return switch (text) {
            case "true", "TRUE", "1" -> Optional.of(Boolean.TRUE);
            case "false", "FALSE", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    static Optional<Integer> parseCount(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(text));
    }

    // ---- the path and the stream ------------------------------------------------------------------

    /** Skips whitespace, comments and processing instructions to the next start or end tag. */
    private int nextTag() {
        boolean textReported = false;
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT,
                        XMLStreamConstants.END_DOCUMENT -> {
                    return event;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!xml.isWhiteSpace() && !textReported) {
                        textReported = true;
                        report(ReadProblem.UNEXPECTED_TEXT);
                    }
                }
                case XMLStreamConstants.DTD -> throw fatal(ReadProblem.DTD_REFUSED, location());
                default -> {
                    // whitespace, comments, processing instructions
                }
            }
        }
    }

    /** At the start tag of an element the census does not have here: reports it and skips it whole. */
    private void unexpected() {
        enter(0);
        report(ReadProblem.UNEXPECTED_ELEMENT);
        int level = 1;
        while (level > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.DTD) {
                throw fatal(ReadProblem.DTD_REFUSED, location());
            }
        }
        leave();
    }

    private void repeated(Set<String> seen) {
        if (!seen.add(names[depth - 1])) {
            report(ReadProblem.REPEATED_ELEMENT);
        }
    }

    private int next() {
        try {
            return xml.next();
        } catch (XMLStreamException e) {
            throw fatal(ReadProblem.MALFORMED_XML, e.getLocation());
        } catch (RuntimeException e) {
            // some StAX implementations signal malformed input unchecked; never pass its message on
            throw fatal(ReadProblem.MALFORMED_XML, location());
        }
    }

    /** Pushes the element at the reader's start tag onto the path, with its index (0: none shown). */
    private void enter(int index) {
        if (depth == MAX_DEPTH) {
            throw fatal(ReadProblem.MALFORMED_XML, location());
        }
        Location at = xml.getLocation();
        names[depth] = xml.getLocalName();
        indexes[depth] = index;
        lines[depth] = at == null ? -1 : at.getLineNumber();
        columns[depth] = at == null ? -1 : at.getColumnNumber();
        depth++;
    }

    private void leave() {
        depth--;
    }

    private Location location() {
        return xml.getLocation();
    }

    String path() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(names[i]);
            if (indexes[i] > 0) {
                path.append('[').append(indexes[i]).append(']');
            }
        }
        return path.toString();
    }

    /** Reports a problem of the element on top of the path. */
    private void report(ReadProblem problem) {
        ReadFinding finding = ReadFinding.of(problem, path(), lines[depth - 1], columns[depth - 1]);
        if (strict) {
            throw new CensusReadException(childId != null && inChild ? finding.inChild(childId) : finding);
        }
        (inChild ? childFindings : findings).add(finding);
    }

    private CensusReadException fatal(ReadProblem problem, Location at) {
        ReadFinding finding = ReadFinding.of(problem, depth == 0 ? "" : path(),
                at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        return new CensusReadException(childId != null && inChild ? finding.inChild(childId) : finding);
    }
}
