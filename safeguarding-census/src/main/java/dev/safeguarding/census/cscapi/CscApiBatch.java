package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The request body of {@code POST /children_social_care_data/{la_code}/children}: the OpenAPI's {@code CSC},
 * "Array containing individual objects representing the details and social care attributes of the child",
 * of at most {@value #MAX_CHILDREN} children ({@code maxItems}; the API answers 413 "Too many records").
 * Written as a JSON array by {@code SafeguardingJson.standard().write(batch)}.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code components.schemas.CSC} (S4); S5 (batches of 100).
 */
@Value.Immutable
@CensusStyle
public abstract class CscApiBatch {

    /** The most children one request may carry: {@value}. */
    public static final int MAX_CHILDREN = 100;

    /** The children, in order. */
    public abstract List<CscApiChild> children();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CscApiBatch}; more than {@value #MAX_CHILDREN} children are rejected. */
    public static final class Builder extends ImmutableCscApiBatch.Builder {
    }

    /**
     * A batch of {@code children}.
     *
     * @throws dev.safeguarding.model.InvalidValueException if there are more than {@value #MAX_CHILDREN}
     */
    public static CscApiBatch of(List<CscApiChild> children) {
        return builder().children(children).build();
    }

    /** How many children the batch holds. */
    public int size() {
        return children().size();
    }

    @Value.Check
    void check() {
        ApiRules.maxItems(children(), "children", MAX_CHILDREN);
    }

    /** The number of children, never their data. */
    @Override
    public String toString() {
        return "CscApiBatch{children=" + children().size() + "}";
    }
}
