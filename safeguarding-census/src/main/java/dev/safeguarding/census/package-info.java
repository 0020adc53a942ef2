/**
 * The Department for Education's Children in Need census as immutable types: the return's header
 * ({@link dev.safeguarding.census.CensusHeader}), each child ({@link dev.safeguarding.census.CensusChild})
 * with its episodes of need, assessments, Section 47 enquiries and plans, and the census's code lists
 * by collection year ({@link dev.safeguarding.census.CollectionYear}, and one enum per code list).
 *
 * <p>Source: the DfE's Children in Need census specification and schema (S2
 * {@code cin_census/cin-2022.xsd}), as each type's Javadoc names.
 */
@NullMarked
package dev.safeguarding.census;

import org.jspecify.annotations.NullMarked;
