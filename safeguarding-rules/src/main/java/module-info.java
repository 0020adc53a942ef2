/**
 * Pure functions over the safeguarding model: threshold guidance and assessments (completeness, the
 * threshold question, graded care, the Flourish view); working-day calendars, timescales,
 * information-sharing advice, escalation and chronology analysis as the library grows.
 *
 * <p>Pure means: no clock (callers pass dates), no I/O except the library's own bundled resources, no
 * mutable static state. Every type here is immutable and safe to share between threads.
 */
module dev.safeguarding.rules {
    requires transitive dev.safeguarding.model;

    exports dev.safeguarding.rules.assessment;
    exports dev.safeguarding.rules.flourish;
    exports dev.safeguarding.rules.need;
}
