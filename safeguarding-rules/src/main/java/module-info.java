/**
 * Pure functions over the safeguarding model: working-day calendars ({@code calendar}), the catalogue
 * of statutory and local timescales ({@code timescales}), threshold guidance ({@code need}) and the
 * analysis of Signs of Safety maps, scaling and safety plans ({@code signsofsafety});
 * information-sharing advice, escalation and chronology analysis as the library grows.
 *
 * <p>Pure means: no clock (callers pass dates), no I/O except the library's own bundled resources, no
 * mutable static state. Every type here is immutable and safe to share between threads.
 */
module dev.safeguarding.rules {
    requires transitive dev.safeguarding.model;

    exports dev.safeguarding.rules.calendar;
    exports dev.safeguarding.rules.need;
    exports dev.safeguarding.rules.signsofsafety;
    exports dev.safeguarding.rules.timescales;
}
