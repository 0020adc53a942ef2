/**
 * The JSON format of the library: {@link dev.safeguarding.json.SafeguardingJson}.
 */
package dev.safeguarding.json;
