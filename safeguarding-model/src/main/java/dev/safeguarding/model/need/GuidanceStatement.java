package dev.safeguarding.model.need;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * One reason or consideration of threshold guidance: a stable {@linkplain GuidanceCode code}, a
 * sentence in plain English and the passage of the guidance it rests on.
 *
 * <p>In a {@link ThresholdProfile} the text is a template: the placeholder {@value #DETAIL} stands
 * for the detail of the case (the Section 47 indicator, the number of indicators and the level),
 * which the guide fills in; {@link #withDetail(String)} does so.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023): the guidance's own
 * insistence on clear reasons ("Recording what we do and the decisions we take").
 */
@Value.Immutable
public abstract class GuidanceStatement {

    /** The placeholder for the detail of the case in a profile's wording. */
    public static final String DETAIL = "{detail}";

    /** Which rule of the guidance this is. */
    @Value.Parameter
    public abstract GuidanceCode code();

    /** The statement in plain English. */
    @Value.Parameter
    public abstract String text();

    /** The passage of the guidance the statement rests on. */
    @Value.Parameter
    public abstract SourcePassage source();

    /** A statement. */
    public static GuidanceStatement of(GuidanceCode code, String text, SourcePassage source) {
        return ImmutableGuidanceStatement.of(code, text, source);
    }

    /** This statement with every {@value #DETAIL} in its text replaced by {@code detail}. */
    public GuidanceStatement withDetail(String detail) {
        return of(code(), text().replace(DETAIL, detail), source());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("text", text());
        Checks.notBlank(text(), "text");
    }
}
