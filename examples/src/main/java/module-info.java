/** The tour of the library and other runnable examples; not published. */
module dev.safeguarding.examples {
    requires dev.safeguarding.json;
    requires jakarta.validation;
}
