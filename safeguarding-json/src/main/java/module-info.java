/**
 * The library's JSON format, on Jackson 3: strict reading whose errors carry the JSON Pointer of the
 * bad value, exact round trips of every model type, and JSON Lines for bulk work.
 */
module dev.safeguarding.json {
    requires static org.jspecify;
    requires transitive dev.safeguarding.rules;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports dev.safeguarding.json;
    exports dev.safeguarding.json.holidays;
    exports dev.safeguarding.json.lines;
}
