package dev.safeguarding.testing;

import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import java.time.LocalDate;

/**
 * Generators for the timescale types ({@code dev.safeguarding.model.timescales}): synthetic events and
 * timescales of every unit and convention, and trigger dates that keep small timescales inside every UK
 * calendar's coverage.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class TimescaleGen {

    private TimescaleGen() {
    }

    /**
     * An id of the form timescales and events take: one to four words of lower-case letters and digits,
     * starting with a letter, joined by {@code .} or {@code -}.
     */
    public static Gen<String> ids() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String rest = letters + "0123456789";
        return random -> {
            StringBuilder id = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
            int words = random.nextInt(1, 5);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    id.append(random.nextBoolean() ? '.' : '-');
                }
                for (int i = random.nextInt(w == 0 ? 0 : 1, 10); i > 0; i--) {
                    id.append(rest.charAt(random.nextInt(rest.length())));
                }
            }
            return id.toString();
        };
    }

    /** An event with a generated id and label. */
    public static Gen<TimescaleEvent> timescaleEvents() {
        return random -> TimescaleEvent.of(ids().generate(random), Gen.text(1, 40).generate(random));
    }

    /** An amount valid for {@code unit}: mostly small, as in the guidance, sometimes up to the maximum. */
    public static Gen<Integer> amounts(TimescaleUnit unit) {
        return Gen.oneOfGens(Gen.ints(1, Math.min(60, unit.maximumAmount())), Gen.ints(1, unit.maximumAmount()));
    }

    /** A timescale of any unit and convention, with small amounts (at most 60 of the unit). */
    public static Gen<Timescale> timescales() {
        return random -> {
            TimescaleUnit unit = Gen.enumValues(TimescaleUnit.class).generate(random);
            return Timescale.builder()
                    .id("vendor." + ids().generate(random))
                    .label(Gen.text(1, 40).generate(random))
                    .description(Gen.text(1, 80).generate(random))
                    .amount(Gen.ints(1, 60).generate(random))
                    .unit(unit)
                    .convention(Gen.enumValues(CountingConvention.class).generate(random))
                    .triggerEvent(timescaleEvents().generate(random))
                    .boundedEvent(timescaleEvents().generate(random))
                    .source(ModelGen.sourcePassages().generate(random))
                    .build();
        };
    }

    /** A timescale in working days, of either convention, with an amount of 1 to 60. */
    public static Gen<Timescale> workingDayTimescales() {
        return timescales().map(t -> Timescale.builder(t).unit(TimescaleUnit.WORKING_DAYS).build());
    }

    /** A trigger date from 1995 to 2090, so that small timescales stay within every calendar's coverage. */
    public static Gen<LocalDate> triggers() {
        return Gen.dates(LocalDate.of(1995, 1, 1), LocalDate.of(2090, 12, 31));
    }
}
