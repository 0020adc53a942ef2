/**
 * Pure functions over the safeguarding model: threshold guidance ({@code need}), assessments
 * ({@code assessment}: completeness, the threshold question, graded care) and the Flourish view
 * ({@code flourish}), working-day calendars ({@code calendar}), the catalogue of statutory and local
 * timescales ({@code timescales}), information-sharing advice ({@code sharing}), multi-agency working
 * and escalation ({@code multiagency}), the analysis of Signs of Safety maps, scaling and safety
 * plans ({@code signsofsafety}), chronologies and case notes ({@code chronology}), pre-birth planning
 * ({@code prebirth}), caseload analytics ({@code analytics}), synthetic caseloads ({@code synthetic}) and
 * privacy helpers for research extracts ({@code privacy}).
 *
 * <p>Pure means: no clock (callers pass dates), no I/O except the library's own bundled resources, no
 * mutable static state. Every type here is immutable and safe to share between threads.
 */
module dev.safeguarding.rules {
    requires transitive dev.safeguarding.model;

    exports dev.safeguarding.rules.calendar;
    exports dev.safeguarding.rules.analytics;
    exports dev.safeguarding.rules.assessment;
    exports dev.safeguarding.rules.chronology;
    exports dev.safeguarding.rules.flourish;
    exports dev.safeguarding.rules.multiagency;
    exports dev.safeguarding.rules.need;
    exports dev.safeguarding.rules.signsofsafety;
    exports dev.safeguarding.rules.prebirth;
    exports dev.safeguarding.rules.privacy;
    exports dev.safeguarding.rules.timescales;
    exports dev.safeguarding.rules.sharing;
    exports dev.safeguarding.rules.synthetic;
}
