package dev.safeguarding.model.signsofsafety;

/**
 * The three houses, a Signs of Safety tool for hearing the child's voice: what the child worries about,
 * the good things in their life, and their dreams. {@link ThreeHouses} records what a child puts in each.
 *
 * <p>The Norfolk guidance asks that practitioners "always capture the views or behaviour of the child or
 * young person and reflect this in your recording"; it does not name the tool. The names are those of
 * the library's notes ({@code docs/practice-frameworks.md}).
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what
 * we do and the decisions we take"; the library's notes.
 */
public enum House {

    /** The house of worries. */
    WORRIES("House of worries"),

    /** The house of good things. */
    GOOD_THINGS("House of good things"),

    /** The house of dreams. */
    DREAMS("House of dreams");

    private final String label;

    House(String label) {
        this.label = label;
    }

    /** The house's name. */
    public String label() {
        return label;
    }
}
