/**
 * Census XML read and written with the JDK's StAX, one child at a time, in bounded memory:
 * {@link dev.safeguarding.census.xml.CensusReader} (strict or tolerant, with DTDs and external entities
 * refused) opening a {@link dev.safeguarding.census.xml.CensusFile}, and
 * {@link dev.safeguarding.census.xml.CensusWriter}. Problems are
 * {@link dev.safeguarding.census.xml.ReadFinding}s naming the element path, line and column, never the value.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}.
 */
@NullMarked
package dev.safeguarding.census.xml;

import org.jspecify.annotations.NullMarked;
