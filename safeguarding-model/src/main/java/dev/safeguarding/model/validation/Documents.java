package dev.safeguarding.model.validation;

/** The documents the library's constraints cite, spelled once, as {@code SourcePassage} cites them. */
final class Documents {

    /** NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023). */
    static final String CONTINUUM_OF_NEEDS_2023 = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    private Documents() {
    }
}
