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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** The elements the census allows more than once in their parent, shown with an index in paths. */
    private static final Set<String> REPEATABLE = Set.of(SOURCE, CHILD, CIN_DETAILS, ASSESSMENTS, CIN_PLAN_DATES,
            SECTION_47, CHILD_PROTECTION_PLANS, PRE_PROCEEDINGS, DISABILITY, ASSESSMENT_FACTORS, CPP_REVIEW_DATE);

    private final XMLStreamReader xml;
    private final boolean strict;
    private final List<ReadFinding> findings = new ArrayList<>();
    private final List<ReadFinding> childFindings = new ArrayList<>();

    private final String[] names = new String[MAX_DEPTH];
    private final int[] indexes = new int[MAX_DEPTH];
    private final int[] lines = new int[MAX_DEPTH];
    private final int[] columns = new int[MAX_DEPTH];
    /** For each open element, how often each name has appeared inside it so far. */
    private final List<Map<String, Integer>> counts = new ArrayList<>();
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
        enter();
        if (!MESSAGE.equals(xml.getLocalName())) {
            throw fatal(ReadProblem.NOT_A_CENSUS, location());
        }
    }

    /**
     * Reads the message's elements up to the start of {@code Children}; returns the header, if one came
     * first. Afterwards {@link #atChildren()} tells whether {@code Children} was found.
     */
    Optional<CensusHeader> readUpToChildren() {
        Optional<CensusHeader> header = Optional.empty();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (HEADER.equals(name)) {
                header = Optional.of(block(this::readHeader));
            } else if (CHILDREN.equals(name)) {
                enter();
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
    Optional<CensusChild> nextChild() {
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (CHILD.equals(xml.getLocalName())) {
                return Optional.of(block(this::readChild));
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
        elements(name -> {
            switch (name) {
                case COLLECTION_DETAILS -> header.collectionDetails(block(this::readCollectionDetails));
                case SOURCE -> header.addSource(block(this::readSource));
                default -> unexpected();
            }
        });
        return header.build();
    }

    private CollectionDetails readCollectionDetails() {
        CollectionDetails.Builder details = CollectionDetails.builder();
        elements(name -> {
            switch (name) {
                case COLLECTION -> details.collection(text());
                case YEAR -> details.year(year());
                case REFERENCE_DATE -> details.referenceDate(date());
                default -> unexpected();
            }
        });
        return details.build();
    }

    private CensusSource readSource() {
        CensusSource.Builder source = CensusSource.builder();
        elements(name -> {
            switch (name) {
                case SOURCE_LEVEL -> source.sourceLevel(text());
                case LEA -> source.lea(text());
                case SOFTWARE_CODE -> source.softwareCode(text());
                case RELEASE -> source.release(text());
                case SERIAL_NO -> source.serialNo(text());
                case DATE_TIME -> source.dateTime(text());
                default -> unexpected();
            }
        });
        return source.build();
    }

    private CensusChild readChild() {
        inChild = true;
        childId = null;
        childFindings.clear();
        CensusChild.Builder child = CensusChild.builder();
        elements(name -> {
            switch (name) {
                case CHILD_IDENTIFIERS -> child.identifiers(block(this::readIdentifiers));
                case CHILD_CHARACTERISTICS -> child.characteristics(block(this::readCharacteristics));
                case CIN_DETAILS -> child.addCinDetail(block(this::readCinDetails));
                default -> unexpected();
            }
        });
        inChild = false;
        for (ReadFinding finding : childFindings) {
            findings.add(childId == null ? finding : finding.inChild(childId));
        }
        childFindings.clear();
        return child.build();
    }

    private ChildIdentifiers readIdentifiers() {
        ChildIdentifiers.Builder ids = ChildIdentifiers.builder();
        elements(name -> {
            switch (name) {
                case LA_CHILD_ID -> {
                    Optional<String> id = text();
                    id.ifPresent(value -> childId = value);
                    ids.laChildId(id);
                }
                case UPN -> ids.upn(text());
                case FORMER_UPN -> ids.formerUpn(text());
                case UPN_UNKNOWN -> ids.upnUnknown(code(UpnUnknown::fromCode));
                case PERSON_BIRTH_DATE -> ids.personBirthDate(date());
                case EXPECTED_PERSON_BIRTH_DATE -> ids.expectedPersonBirthDate(date());
                case GENDER_CURRENT -> ids.genderCurrent(code(Gender::fromCode));
                case SEX -> ids.sex(code(Sex::fromCode));
                case PERSON_DEATH_DATE -> ids.personDeathDate(date());
                default -> unexpected();
            }
        });
        return ids.build();
    }

    private ChildCharacteristics readCharacteristics() {
        ChildCharacteristics.Builder characteristics = ChildCharacteristics.builder();
        elements(name -> {
            switch (name) {
                case ETHNICITY -> characteristics.ethnicity(code(Ethnicity::fromCode));
                case DISABILITIES -> characteristics.addAllDisabilities(
                        block(() -> each(DISABILITY, () -> code(Disability::fromCode))));
                default -> unexpected();
            }
        });
        return characteristics.build();
    }

    private CinDetails readCinDetails() {
        CinDetails.Builder episode = CinDetails.builder();
        elements(name -> {
            switch (name) {
                case CIN_REFERRAL_DATE -> episode.referralDate(date());
                case REFERRAL_SOURCE -> episode.referralSource(code(ReferralSource::fromCode));
                case PRIMARY_NEED_CODE -> episode.primaryNeed(code(PrimaryNeed::fromCode));
                case CIN_CLOSURE_DATE -> episode.closureDate(date());
                case REASON_FOR_CLOSURE -> episode.reasonForClosure(code(ReasonForClosure::fromCode));
                case DATE_OF_INITIAL_CPC -> episode.dateOfInitialCpc(date());
                case REFERRAL_NFA -> episode.referralNfa(yesNo());
                case ASSESSMENTS -> episode.addAssessment(block(this::readAssessment));
                case CIN_PLAN_DATES -> episode.addCinPlan(block(this::readCinPlan));
                case SECTION_47 -> episode.addSection47(block(this::readSection47));
                case CHILD_PROTECTION_PLANS -> episode.addChildProtectionPlan(block(this::readChildProtectionPlan));
                case PRE_PROCEEDINGS -> episode.addPreProceeding(block(this::readPreProceedings));
                default -> unexpected();
            }
        });
        return episode.build();
    }

    private Assessment readAssessment() {
        Assessment.Builder assessment = Assessment.builder();
        elements(name -> {
            switch (name) {
                case ASSESSMENT_ACTUAL_START_DATE -> assessment.actualStartDate(date());
                case ASSESSMENT_INTERNAL_REVIEW_DATE -> assessment.internalReviewDate(date());
                case ASSESSMENT_AUTHORISATION_DATE -> assessment.authorisationDate(date());
                case FACTORS_IDENTIFIED_AT_ASSESSMENT -> assessment.addAllFactors(
                        block(() -> each(ASSESSMENT_FACTORS, () -> code(AssessmentFactor::fromCode))));
                default -> unexpected();
            }
        });
        return assessment.build();
    }

    private CinPlan readCinPlan() {
        CinPlan.Builder plan = CinPlan.builder();
        elements(name -> {
            switch (name) {
                case CIN_PLAN_START_DATE -> plan.startDate(date());
                case CIN_PLAN_END_DATE -> plan.endDate(date());
                default -> unexpected();
            }
        });
        return plan.build();
    }

    private Section47 readSection47() {
        Section47.Builder enquiry = Section47.builder();
        elements(name -> {
            switch (name) {
                case S47_ACTUAL_START_DATE -> enquiry.actualStartDate(date());
                case INITIAL_CPC_TARGET -> enquiry.initialCpcTarget(date());
                case DATE_OF_INITIAL_CPC -> enquiry.dateOfInitialCpc(date());
                case ICPC_NOT_REQUIRED -> enquiry.icpcNotRequired(yesNo());
                default -> unexpected();
            }
        });
        return enquiry.build();
    }

    private ChildProtectionPlan readChildProtectionPlan() {
        ChildProtectionPlan.Builder plan = ChildProtectionPlan.builder();
        List<LocalDate> reviewDates = new ArrayList<>();
        boolean[] reviews = {false};
        elements(name -> {
            switch (name) {
                case CPP_START_DATE -> plan.startDate(date());
                case CPP_END_DATE -> plan.endDate(date());
                case INITIAL_CATEGORY_OF_ABUSE -> plan.initialCategoryOfAbuse(code(CategoryOfAbuse::fromCode));
                case LATEST_CATEGORY_OF_ABUSE -> plan.latestCategoryOfAbuse(code(CategoryOfAbuse::fromCode));
                case NUMBER_OF_PREVIOUS_CPP -> plan.numberOfPreviousCpp(count());
                case REVIEWS -> {
                    reviews[0] = true;
                    reviewDates.addAll(block(() -> each(CPP_REVIEW_DATE, this::date)));
                }
                default -> unexpected();
            }
        });
        // a <Reviews> group with no date in it (rule 8842Q), kept apart from a plan with no group at all
        return plan.reviewDates(reviewDates).reviewsWithoutDate(reviews[0] && reviewDates.isEmpty()).build();
    }

    private PreProceedings readPreProceedings() {
        PreProceedings.Builder block = PreProceedings.builder();
        elements(name -> {
            switch (name) {
                case PP_START_DATE -> block.startDate(date());
                case LBP_SENT_DATE -> block.letterBeforeProceedingsSentDate(date());
                case FGDM_MEETING_OFFER -> block.fgdmMeetingOffer(text());
                case FGDM_MEETING_FAC -> block.fgdmMeetingFacilitated(text());
                case INITIAL_PP_MEETING_DATE -> block.initialMeetingDate(date());
                case REVIEW_MEETINGS_COUNT -> block.reviewMeetingsCount(count());
                case STEP_DECISION_DATE -> block.stepDecisionDate(date());
                case PP_OUTCOME -> block.outcome(text());
                case COURT_APP_DATE -> block.courtApplicationDate(date());
                case LETTER_INIT_CP_DATE -> block.letterInitCpDate(date());
                default -> unexpected();
            }
        });
        return block.build();
    }

    /** Enters the block at the reader's start tag and reads it with {@code reader}. */
    private <T> T block(Supplier<T> reader) {
        enter();
        return reader.get();
    }

    /**
     * Gives the name of each element inside the element entered last to {@code handler}, which must
     * consume the element; then leaves the element.
     */
    private void elements(Consumer<String> handler) {
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            handler.accept(xml.getLocalName());
        }
        leave();
    }

    /** The values of the repeated leaves named {@code element} inside the wrapper entered last. */
    private <T> List<T> each(String element, Supplier<Optional<T>> leaf) {
        List<T> values = new ArrayList<>();
        elements(name -> {
            if (element.equals(name)) {
                leaf.get().ifPresent(values::add);
            } else {
                unexpected();
            }
        });
        return values;
    }

    // ---- leaves -----------------------------------------------------------------------------------

    private Optional<String> text() {
        enter();
        Optional<String> text = leafText();
        leave();
        return text;
    }

    private Optional<LocalDate> date() {
        return parsed(Parser::parseDate, ReadProblem.BAD_DATE);
    }

    private <E> Optional<E> code(Function<String, Optional<E>> lookup) {
        return parsed(lookup, ReadProblem.UNKNOWN_CODE);
    }

    private Optional<Boolean> yesNo() {
        return parsed(Parser::parseYesNo, ReadProblem.BAD_YES_NO);
    }

    private Optional<Integer> count() {
        return parsed(Parser::parseCount, ReadProblem.BAD_NUMBER);
    }

    private Optional<Year> year() {
        return parsed(text -> text.matches("\\d{4}") ? Optional.of(Year.of(Integer.parseInt(text))) : Optional.empty(),
                ReadProblem.BAD_YEAR);
    }

    /** The leaf at the reader's start tag, parsed; reports {@code problem} when there is text it cannot parse. */
    private <T> Optional<T> parsed(Function<String, Optional<T>> parser, ReadProblem problem) {
        enter();
        Optional<String> text = leafText();
        Optional<T> value = text.flatMap(parser);
        if (text.isPresent() && value.isEmpty()) {
            report(problem);
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

    /**
     * An {@code xs:date}: {@code yyyy-mm-dd} (read directly, the common case) or with a time zone
     * ({@code 2026-03-31Z}, {@code 2026-03-31+01:00}), which is dropped.
     */
    static Optional<LocalDate> parseDate(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return Optional.of(LocalDate.of(year, month, day));
                }
                return Optional.empty();
            }
            return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The number written by the ASCII digits {@code text[from, to)}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
        push(false);
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

    /**
     * Pushes the census element at the reader's start tag onto the path: a repeatable element with its
     * index among its like-named siblings (from 1), any other reported if it appears again.
     */
    private void enter() {
        if (push(true)) {
            report(ReadProblem.REPEATED_ELEMENT);
        }
    }

    /** Pushes the element at the reader's start tag; returns whether it repeats an element that may appear once. */
    private boolean push(boolean counted) {
        if (depth == MAX_DEPTH) {
            throw fatal(ReadProblem.MALFORMED_XML, location());
        }
        String name = xml.getLocalName();
        int index = 0;
        boolean repeated = false;
        if (counted && depth > 0) {
            int seen = counts.get(depth - 1).merge(name, 1, Integer::sum);
            if (REPEATABLE.contains(name)) {
                index = seen;
            } else {
                repeated = seen > 1;
            }
        }
        Location at = xml.getLocation();
        names[depth] = name;
        indexes[depth] = index;
        lines[depth] = at == null ? -1 : at.getLineNumber();
        columns[depth] = at == null ? -1 : at.getColumnNumber();
        if (counts.size() == depth) {
            counts.add(new HashMap<>());
        } else {
            counts.get(depth).clear();
        }
        depth++;
        return repeated;
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
