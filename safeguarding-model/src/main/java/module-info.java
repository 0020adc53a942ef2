/**
 * Immutable value types and enums for the practice frameworks of children's safeguarding guidance in
 * England, as written by the Norfolk Safeguarding Children Partnership (NSCP) and the statutory
 * guidance it follows.
 *
 * <p>One practice framework per package, named as the guidance names it: {@code need} (levels of need,
 * the shared language, pathways, Section 47 indicators and the threshold question), {@code people}
 * (the child, family and network, practitioners and agencies, and the pre-birth assessment and
 * safeguarding birth plan of an unborn child), {@code assessment} (the assessment triangle, the My World
 * triangle, descriptors of need and graded care profiles), {@code flourish} (the Flourish Framework),
 * {@code sharing} (the golden rules of information sharing, consent, sharing decisions),
 * {@code signsofsafety} (the Signs of Safety map, scaling, safety plans and the child's voice),
 * {@code multiagency} (multi-agency working and escalation), {@code chronology} (chronologies, case
 * notes, case records and the patterns found in chronologies), {@code timescales} (the timescales of
 * the guidance and the deadlines they set) and, beneath it, {@code calendar} (the working-day calendars
 * of England and Wales, Scotland and Northern Ireland that deadlines are counted on).
 *
 * <p>The module has no runtime dependency. Immutables is used at compile time only, and the Jakarta
 * Bean Validation API is optional: a vendor without it loads nothing of it.
 *
 * <p>Each framework package holds its records and enums, their Bean Validation constraints and the
 * package-private checks behind them; a record with completeness rules has a {@code check()} door that
 * returns them as findings. {@code dev.safeguarding.model.validation} holds only the machinery the
 * constraints share.
 */
module dev.safeguarding.model {
    requires static org.jspecify;
    requires static org.immutables.value.annotations;
    requires static jakarta.validation;

    exports dev.safeguarding.model;
    exports dev.safeguarding.model.assessment;
    exports dev.safeguarding.model.calendar;
    exports dev.safeguarding.model.chronology;
    exports dev.safeguarding.model.flourish;
    exports dev.safeguarding.model.multiagency;
    exports dev.safeguarding.model.need;
    exports dev.safeguarding.model.people;
    exports dev.safeguarding.model.prebirth;
    exports dev.safeguarding.model.sharing;
    exports dev.safeguarding.model.signsofsafety;
    exports dev.safeguarding.model.timescales;
    exports dev.safeguarding.model.validation; // Bean Validation reads it without "opens": see RuleValidator
}
