/**
 * The census analysed: its children as the library's case records ({@link
 * dev.safeguarding.census.analysis.CensusCaseRecords}), so that the caseload analytics, chronology patterns and
 * timescales run on a census file, and the timeliness and outcome measures the DfE publishes from the census
 * in one streaming pass ({@link dev.safeguarding.census.analysis.CensusAnalysis}, giving {@link
 * dev.safeguarding.census.analysis.CensusStatistics}).
 *
 * <p>Sources: DfE, <i>Children in need</i> statistics (explore-education-statistics.service.gov.uk) and their
 * methodology; HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3.
 */
@NullMarked
package dev.safeguarding.census.analysis;

import org.jspecify.annotations.NullMarked;
