package dev.safeguarding.model.sharing;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import java.util.Collection;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One reason, consideration or record statement of information-sharing advice: a stable
 * {@linkplain SharingAdviceCode code}, a sentence in plain English, the {@linkplain GoldenRule golden
 * rules} it rests on (none where the statement is the partnership's own, not a golden rule) and the
 * passage of the guidance it comes from.
 *
 * <p>In a {@link SharingProfile} the text is a template: the placeholder {@value #DETAIL} stands for the
 * detail of the case (who would be put at risk), which the advisor fills in; {@link #withDetail(String)}
 * does so.
 *
 * <p>Bean Validation: no constraint. It is part of the advice the rules module gives, not a record.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (the seven golden rules).
 */
@Value.Immutable
public abstract class SharingStatement {

    /** The placeholder for the detail of the case in a profile's wording. */
    public static final String DETAIL = "{detail}";

    /** Which rule of the guidance this is. */
    public abstract SharingAdviceCode code();

    /** The statement in plain English; not blank. */
    public abstract String text();

    /** The golden rules the statement rests on, in their order; may be empty. */
    public abstract Set<GoldenRule> goldenRules();

    /** The passage of the guidance the statement comes from. */
    public abstract SourcePassage source();

    /** A statement. */
    public static SharingStatement of(SharingAdviceCode code, String text, Collection<GoldenRule> goldenRules,
            SourcePassage source) {
        return builder().code(code).text(text).goldenRules(goldenRules).source(source).build();
    }

    /** A builder; every attribute but the golden rules is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SharingStatement}. */
    public static final class Builder extends ImmutableSharingStatement.Builder {
    }

    /** This statement with every {@value #DETAIL} in its text replaced by {@code detail}. */
    public SharingStatement withDetail(String detail) {
        return of(code(), text().replace(DETAIL, detail), goldenRules(), source());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("text", text());
        Checks.notBlank(text(), "text");
    }
}
