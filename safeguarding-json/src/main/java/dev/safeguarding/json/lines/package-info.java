/**
 * JSON Lines for bulk work: {@link dev.safeguarding.json.lines.JsonLines} reads and writes streams of the
 * model's values, one a line, in the library's format; a bad line is a
 * {@link dev.safeguarding.json.lines.JsonLinesException} with its line number and JSON Pointer, or, on
 * request, is skipped and counted in {@link dev.safeguarding.json.lines.SkippedLines}.
 */
@NullMarked
package dev.safeguarding.json.lines;

import org.jspecify.annotations.NullMarked;
