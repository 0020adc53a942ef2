/**
 * The census's validation rules ({@link dev.safeguarding.census.validation.CensusRule}, by collection
 * year) checked by {@link dev.safeguarding.census.validation.CensusValidator}, as the library's
 * {@code Finding}s: error or query, the element path of the offending item and the rule's message,
 * never a value.
 *
 * <p>Source: the DfE's Children in Need census validation rules ("Rule details"), quoted in each
 * constant's Javadoc.
 */
@NullMarked
package dev.safeguarding.census.validation;

import org.jspecify.annotations.NullMarked;
