package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What a child put in each of the {@linkplain House three houses}, in their own words: their worries,
 * the good things in their life, and their dreams. "Where possible, always capture the views or
 * behaviour of the child or young person and reflect this in your recording."
 *
 * <p>Each entry is kept as the child said, wrote or drew it (a vendor may store a description of a
 * drawing). A house may be empty: a child need not put anything in it.
 *
 * <p>The child's words are free text: {@link #toString()} shows the identifier and how many entries each
 * house holds, never the words.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SignsOfSafetyMap}, whose constraint
 * {@code ChildsVoiceCaptured} (group {@code Complete}) counts it as the child's voice. The guidance is silent
 * on what the houses must hold, and a child need not put anything in a house.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what
 * we do and the decisions we take"; the three houses as in the library's notes ({@code
 * docs/practice-frameworks.md}).
 */
@Value.Immutable
public abstract class ThreeHouses {

    /** The identifier of the child whose houses these are; not blank. */
    public abstract String childId();

    /** The date the child filled the houses in. */
    public abstract LocalDate recordedOn();

    /** The house of worries, in the child's words; entries are not blank. */
    public abstract List<String> worries();

    /** The house of good things, in the child's words; entries are not blank. */
    public abstract List<String> goodThings();

    /** The house of dreams, in the child's words; entries are not blank. */
    public abstract List<String> dreams();

    /**
     * The entries of {@code house}.
     *
     * @throws NullPointerException if {@code house} is null
     */
    public List<String> house(House house) {
        switch (Objects.requireNonNull(house, "house")) {
            case WORRIES:
                return worries();
            case GOOD_THINGS:
                return goodThings();
            case DREAMS:
                return dreams();
            default:
                throw new AssertionError(house);
        }
    }

    /** A builder; the child and the date are required, the houses may be empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ThreeHouses}. */
    public static final class Builder extends ImmutableThreeHouses.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId(), "worries", worries(), "goodThings", goodThings(), "dreams", dreams());
        Checks.notBlank(childId(), "childId");
        worries().forEach(w -> Checks.notBlank(w, "worries"));
        goodThings().forEach(g -> Checks.notBlank(g, "goodThings"));
        dreams().forEach(d -> Checks.notBlank(d, "dreams"));
    }

    /** The child's identifier and how many entries each house holds; never the child's words. */
    @Override
    public String toString() {
        return "ThreeHouses{child=" + childId() + ", worries=" + worries().size() + ", goodThings="
                + goodThings().size() + ", dreams=" + dreams().size() + "}";
    }
}
