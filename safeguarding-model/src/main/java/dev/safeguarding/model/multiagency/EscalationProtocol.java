package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.timescales.Timescale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partnership's protocol for resolving professional disagreements, as data: the timescale for the
 * response at each {@linkplain EscalationStage stage}, where the protocol sets one. Another partnership's
 * protocol is another value, loaded from JSON or built here.
 *
 * <p>The Norfolk framework refers to NSCP Protocol 10.2, <i>Resolving Professional Disagreements</i>, for
 * the detail of the stages. The library has not found per-stage numbers of days in that protocol's public
 * text, so the Norfolk protocol it ships ({@code
 * dev.safeguarding.rules.multiagency.EscalationProtocols.norfolk2023()})
 * has no stage timescales: a partnership supplies its own with {@link #builder()}. A stage's timescale
 * is counted from the date the disagreement reached the stage ({@link EscalationStage#startedEvent()})
 * to the response at it ({@link EscalationStage#responseEvent()}), in any unit a {@link Timescale} has.
 *
 * <p>Bean Validation: no constraint. A protocol is a partnership's data rather than a record with stages;
 * the seeds set it no completeness rule.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5;
 * the library's notes {@code docs/timescales.md}, "Escalation of professional
 * disagreements".
 */
@Value.Immutable
public abstract class EscalationProtocol {

    /** A stable identifier, for example {@code nscp-10.2}; not blank. */
    public abstract String id();

    /** The protocol's name, for display; not blank. */
    public abstract String name();

    /** The document the protocol is. */
    public abstract SourcePassage source();

    /** The timescale for the response at each stage that has one; may be empty. */
    public abstract Map<EscalationStage, Timescale> stageTimescales();

    /** A builder; the identifier, name and source are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code protocol}, to add a partnership's stage timescales. */
    public static Builder builder(EscalationProtocol protocol) {
        Builder builder = new Builder();
        builder.from(protocol);
        return builder;
    }

    /** Builds an {@link EscalationProtocol}. */
    public static final class Builder extends ImmutableEscalationProtocol.Builder {
    }

    /** The timescale for the response at {@code stage}, or empty where the protocol sets none. */
    public Optional<Timescale> timescale(EscalationStage stage) {
        return Optional.ofNullable(stageTimescales().get(stage));
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
    }

    /** The identifier and the timescale of each stage that has one. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EscalationProtocol{id=").append(id()).append(", stageTimescales={");
        String separator = "";
        for (EscalationStage stage : EscalationStage.values()) {
            Timescale timescale = stageTimescales().get(stage);
            if (timescale != null) {
                text.append(separator).append(stage).append('=').append(timescale.id());
                separator = ", ";
            }
        }
        return text.append("}}").toString();
    }
}
