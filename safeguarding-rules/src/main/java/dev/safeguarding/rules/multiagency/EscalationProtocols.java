package dev.safeguarding.rules.multiagency;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleUnit;
import java.util.Objects;

/**
 * The escalation protocols the library ships, and a helper for a partnership to add its own stage
 * timescales.
 *
 * <pre>{@code
 * EscalationProtocol ours = EscalationProtocol.builder(EscalationProtocols.norfolk2023())
 *         .id("acme-escalation").name("Acme partnership escalation protocol")
 *         .putStageTimescale(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, EscalationProtocols.stageTimescale(
 *                 "acme.escalation-stage-1", EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, 5,
 *                 TimescaleUnit.WORKING_DAYS, acmeProtocol))
 *         .build();
 * }</pre>
 *
 * <p>The Norfolk protocol is NSCP Protocol 10.2, <i>Resolving Professional Disagreements</i>, to which the
 * framework refers. The library has not found per-stage numbers of days in its public text, and other
 * partnerships' protocols differ, so {@link #norfolk2023()} ships the four stages with no timescales rather
 * than invented ones ({@code docs/timescales.md}).
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5.
 */
public final class EscalationProtocols {

    /** The Norfolk framework that sets out the four stages. */
    public static final String NORFOLK_FRAMEWORK = Titles.MULTI_AGENCY_FRAMEWORK;

    private static final EscalationProtocol NORFOLK = EscalationProtocol.builder()
            .id("nscp-10.2")
            .name("NSCP Protocol 10.2 Resolving Professional Disagreements")
            .source(SourcePassage.of(NORFOLK_FRAMEWORK, "5. Resolving Professional Disagreements"))
            .build();

    private EscalationProtocols() {
    }

    /**
     * The Norfolk protocol: the four stages, no stage timescales (none found in its public text). The year is
     * that of the Norfolk guidance set the library is built from: the framework (NSCP 3.15, which cites Working
     * Together 2023) carries no date of its own.
     */
    public static EscalationProtocol norfolk2023() {
        return NORFOLK;
    }

    /**
     * A timescale for the response at {@code stage}: {@code amount} {@code unit}s from the date the
     * disagreement reached the stage ({@link EscalationStage#startedEvent()}) to the response
     * ({@link EscalationStage#responseEvent()}), counted exclusive of that date.
     *
     * @param id     the timescale's id, in a prefix of the partnership's own ({@code acme.escalation-stage-1})
     * @param source the partnership's protocol that sets the timescale
     * @throws NullPointerException                         if an argument is null
     * @throws dev.safeguarding.model.InvalidValueException if the id or amount is not valid for a {@link
     * Timescale}
     */
    public static Timescale stageTimescale(String id, EscalationStage stage, int amount, TimescaleUnit unit,
            SourcePassage source) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(unit, "unit");
        return Timescale.builder()
                .id(id)
                .label(stage.stageName() + " response")
                .description("A response at " + stage.stageName() + " (" + stage.label() + ") within " + amount + " "
                        + unit.label() + " of the disagreement reaching the stage")
                .amount(amount)
                .unit(unit)
                .triggerEvent(stage.startedEvent())
                .boundedEvent(stage.responseEvent())
                .source(source)
                .build();
    }
}
