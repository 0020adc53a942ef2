/**
 * The DfE Children in Need (CIN) census: its items and code lists by collection year as immutable
 * types ({@code dev.safeguarding.census}), secure streaming reading and writing of census XML with the
 * JDK's StAX ({@code dev.safeguarding.census.xml}), seeded synthetic census files
 * ({@code dev.safeguarding.census.synthetic}), validation against the census's rules
 * ({@code dev.safeguarding.census.validation}), and the census analysed: its children as the library's case
 * records and the DfE's published timeliness and outcome measures ({@code dev.safeguarding.census.analysis}),
 * and the DfE CSC API payload built from census children in batches of at most 100
 * ({@code dev.safeguarding.census.cscapi}).
 *
 * <p>Sources: the DfE's <i>Children in need census 2025 to 2026: business and technical
 * specification</i> and its 2026 to 2027 edition (gov.uk); Social Finance's labelled reconstruction of
 * the census schema (S2, {@code liia-tools}, {@code CIN_schema_2017…2024.xsd}, MIT) and Data to
 * Insight's reference validator (S1, {@code csc-validator-be-cin}, MIT).
 *
 * <p>No runtime dependency beyond the JDK's {@code java.xml}, {@code safeguarding-model} and
 * {@code safeguarding-rules} (the working-day calendar, the timescales and the caseload analytics the
 * analysis runs on); Immutables is used at compile time only.
 */
module dev.safeguarding.census {
    requires static org.jspecify;
    requires transitive dev.safeguarding.model;
    requires transitive dev.safeguarding.rules;
    requires java.xml;
    requires static org.immutables.value.annotations;

    exports dev.safeguarding.census;
    exports dev.safeguarding.census.xml;
    exports dev.safeguarding.census.synthetic;
    exports dev.safeguarding.census.analysis;
    exports dev.safeguarding.census.validation;
    exports dev.safeguarding.census.cscapi;
}
