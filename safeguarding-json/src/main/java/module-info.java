/**
 * The library's JSON format, on Jackson 3: strict reading whose errors carry the JSON Pointer of the
 * bad value, exact round trips of every model type and of the DfE CSC API payload (its request body
 * written as the API takes it: {@code SafeguardingJson.standard().write(batch)}), JSON Lines for bulk work,
 * and a Jackson module that gives a vendor's own mapper the same format.
 */
module dev.safeguarding.json {
    requires static org.jspecify;
    requires transitive dev.safeguarding.rules;
    // the DfE CSC API payload types, whose JSON this module declares (CscApiFormat); census adds only java.xml
    requires transitive dev.safeguarding.census;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports dev.safeguarding.json;
    exports dev.safeguarding.json.lines;

    provides tools.jackson.databind.JacksonModule with dev.safeguarding.json.SafeguardingModule;
}
