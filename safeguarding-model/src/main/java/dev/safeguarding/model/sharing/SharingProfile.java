package dev.safeguarding.model.sharing;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A partnership's information-sharing guidance as data: the wording of every statement the advisor can
 * give, each tied to its golden rules and source passage, so that another partnership's wording is a new
 * profile, not a subclass. The Norfolk 2023 profile ships with the rules module
 * ({@code SharingProfiles.norfolk2023()}).
 *
 * <p>{@link #statements()} holds exactly one statement for every {@link SharingAdviceCode}.
 *
 * <p>Bean Validation: no constraint. A profile is data the advisor runs on, not a record with stages.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing", which refers practitioners to HM Government, <i>Information sharing: advice for practitioners
 * providing safeguarding services</i>.
 */
@Value.Immutable
public abstract class SharingProfile {

    /** A stable identifier, for example {@code norfolk-2023}. */
    public abstract String id();

    /** The profile's name, for display. */
    public abstract String name();

    /** The guidance the profile follows. */
    public abstract SourcePassage source();

    /** The wording of every {@link SharingAdviceCode}, one statement each. */
    public abstract List<SharingStatement> statements();

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SharingProfile}. */
    public static final class Builder extends ImmutableSharingProfile.Builder {
    }

    /** The statement (a template, see {@link SharingStatement#DETAIL}) for {@code code}. */
    public SharingStatement statement(SharingAdviceCode code) {
        return statementsByCode().get(code);
    }

    @Value.Lazy
    Map<SharingAdviceCode, SharingStatement> statementsByCode() {
        return statements().stream().collect(Collectors.toUnmodifiableMap(SharingStatement::code, s -> s));
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
        Set<SharingAdviceCode> seen = EnumSet.noneOf(SharingAdviceCode.class);
        for (SharingStatement statement : statements()) {
            Checks.require(seen.add(statement.code()), "statements",
                    "must hold one statement per code; " + statement.code().code() + " appears twice");
        }
        Set<SharingAdviceCode> missing = EnumSet.allOf(SharingAdviceCode.class);
        missing.removeAll(seen);
        Checks.require(missing.isEmpty(), "statements", "must hold a statement for every code; missing "
                + missing.stream().map(SharingAdviceCode::code).collect(Collectors.joining(", ")));
    }

    /** The identifier and name of the profile (the wording is left out, for brevity). */
    @Override
    public String toString() {
        return "SharingProfile{id=" + id() + ", name=" + name() + "}";
    }
}
