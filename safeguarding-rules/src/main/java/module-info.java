/**
 * Pure functions over the safeguarding model: threshold guidance ({@code need}), assessments
 * ({@code assessment}: completeness, the threshold question, graded care) and the Flourish view
 * ({@code flourish}), information-sharing advice ({@code sharing}), multi-agency working
 * and escalation ({@code multiagency}), the analysis of Signs of Safety maps, scaling and safety
 * plans ({@code signsofsafety}), chronologies and case notes ({@code chronology}), pre-birth planning
 * ({@code prebirth}), caseload analytics ({@code analytics}), synthetic caseloads ({@code synthetic}) and
 * privacy helpers for research extracts ({@code privacy}).
 *
 * <p>The working-day calendars and the catalogue of timescales are the model's ({@code
 * dev.safeguarding.model.calendar}, {@code dev.safeguarding.model.timescales}); the judgements here that
 * count on them (a safety plan's or a supervision's deadline as of a date) take a calendar as a parameter.
 *
 * <p>Pure means: no clock (callers pass dates), no I/O except the library's own bundled resources, no
 * mutable static state. Every type here is immutable and safe to share between threads.
 */
module dev.safeguarding.rules {
    requires static org.jspecify;
    requires transitive dev.safeguarding.model;

    exports dev.safeguarding.rules.analytics;
    exports dev.safeguarding.rules.assessment;
    exports dev.safeguarding.rules.chronology;
    exports dev.safeguarding.rules.flourish;
    exports dev.safeguarding.rules.multiagency;
    exports dev.safeguarding.rules.need;
    exports dev.safeguarding.rules.signsofsafety;
    exports dev.safeguarding.rules.prebirth;
    exports dev.safeguarding.rules.privacy;
    exports dev.safeguarding.rules.sharing;
    exports dev.safeguarding.rules.synthetic;
}
