/**
 * The DfE Children in Need (CIN) census: its items and code lists by collection year as immutable
 * types ({@code dev.safeguarding.census}), secure streaming reading and writing of census XML with the
 * JDK's StAX ({@code dev.safeguarding.census.xml}), seeded synthetic census files
 * ({@code dev.safeguarding.census.synthetic}) and validation against the census's rules
 * ({@code dev.safeguarding.census.validation}).
 *
 * <p>Sources: the DfE's <i>Children in need census 2025 to 2026: business and technical
 * specification</i> and its 2026 to 2027 edition (gov.uk); Social Finance's labelled reconstruction of
 * the census schema (S2, {@code liia-tools}, {@code CIN_schema_2017…2024.xsd}, MIT) and Data to
 * Insight's reference validator (S1, {@code csc-validator-be-cin}, MIT).
 *
 * <p>No runtime dependency beyond the JDK's {@code java.xml} and {@code safeguarding-model};
 * Immutables is used at compile time only.
 */
module dev.safeguarding.census {
    requires transitive dev.safeguarding.model;
    requires java.xml;
    requires static org.immutables.value.annotations;

    exports dev.safeguarding.census;
    exports dev.safeguarding.census.xml;
    exports dev.safeguarding.census.synthetic;
    exports dev.safeguarding.census.validation;
}
