package dev.safeguarding.census.xml;

/**
 * The kinds of problem met while reading a census file, each with a stable code (for a vendor's own
 * reports) and the rule it breaks, phrased so that it never needs the value.
 *
 * <p>The first group are problems of a single item: in {@linkplain CensusReader#tolerant() tolerant}
 * reading each becomes a {@link ReadFinding} at its place and the rest of the child is still read; in
 * {@linkplain CensusReader#strict() strict} reading the first ends the read with a
 * {@link CensusReadException}. The last group ({@link #isFatal() fatal}) end any read: the file cannot
 * be read further, or must not be.
 *
 * <p>Source: the schema's simple types (S2 {@code cin_census/cin-2022.xsd}: {@code xs:date},
 * {@code yesnotype}, the enumerations); the library's reading for how each is reported.
 */
public enum ReadProblem {

    /** An item that should be a date ({@code xs:date}, {@code yyyy-mm-dd}) is not one. */
    BAD_DATE("census.read.bad-date", "is not a date of the form yyyy-mm-dd", false),

    /** A yes/no item ({@code yesnotype}) is not one of {@code true false TRUE FALSE 1 0}. */
    BAD_YES_NO("census.read.bad-yes-no", "is not one of true, false, TRUE, FALSE, 1 or 0", false),

    /** A count is not a whole number of zero or more. */
    BAD_NUMBER("census.read.bad-number", "is not a whole number of zero or more", false),

    /** {@code <Year>} is not a year ({@code xs:gYear}). */
    BAD_YEAR("census.read.bad-year", "is not a year of four digits", false),

    /** A coded item holds a code that is in none of the census's lists for it, in any year. */
    UNKNOWN_CODE("census.read.unknown-code", "is not a code of its census code list", false),

    /** An element the census does not have at this place (it and its content are skipped). */
    UNEXPECTED_ELEMENT("census.read.unexpected-element", "is not an item of the census at this place; skipped",
            false),

    /** Text inside an element that holds only other elements (the text is ignored). */
    UNEXPECTED_TEXT("census.read.unexpected-text", "holds text where the census has only elements; ignored",
            false),

    /** An item that may appear once appears again. */
    REPEATED_ELEMENT("census.read.repeated-element", "appears more than once where the census allows it once", false),

    /**
     * The file is not well-formed XML, is not readable as text, or nests elements more than 64 deep (the
     * census nests six); nothing after this place can be read.
     */
    MALFORMED_XML("census.read.malformed-xml", "is not well-formed XML; the file cannot be read further", true),

    /**
     * The file declares a document type (a DTD). Refused: DTDs can declare external entities that read
     * local files or the network (XXE) and nested entities that exhaust memory ("billion laughs"), and the
     * census has no DTD.
     */
    DTD_REFUSED("census.read.dtd-refused",
            "declares a document type (DTD); refused, as DTDs and entities can read files or exhaust memory",
            true),

    /** The document's root element is not {@code <Message>}. */
    NOT_A_CENSUS("census.read.not-a-census", "is not a census message (the root element must be Message)", true);

    private final String code;
    private final String rule;
    private final boolean fatal;

    ReadProblem(String code, String rule, boolean fatal) {
        this.code = code;
        this.rule = rule;
        this.fatal = fatal;
    }

    /** The stable code, for example {@code census.read.bad-date}. */
    public String code() {
        return code;
    }

    /** The rule broken, completing a sentence whose subject is the element: "… is not a date …". */
    public String rule() {
        return rule;
    }

    /** Whether the problem ends any read, tolerant or strict. */
    public boolean isFatal() {
        return fatal;
    }
}
