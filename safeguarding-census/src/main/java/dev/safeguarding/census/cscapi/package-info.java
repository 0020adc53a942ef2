/**
 * The DfE CSC API payload (OpenAPI 1.0.1, "DfE CSC API", {@code POST
 * /children_social_care_data/{la_code}/children}): the request body as immutable types, built from census
 * children in batches of at most 100.
 *
 * <p>The request body is a {@link dev.safeguarding.census.cscapi.CscApiBatch}: a list of at most 100
 * {@link dev.safeguarding.census.cscapi.CscApiChild} records, each with its {@code child_details},
 * {@code health_and_wellbeing} and {@code social_care_episodes} (with their assessments, plans, Section 47
 * enquiries, placements, adoption and care-leaver blocks). Every length, pattern and {@code maxItems} rule
 * the OpenAPI states is checked when a value is built: an {@link dev.safeguarding.model.InvalidValueException}
 * names the field as the OpenAPI names it ({@code la_child_id}, which is also its JSON name) and the rule,
 * never the value. The OpenAPI has no enumerations ("selected from a list of possible codes"), so coded
 * fields are strings; {@link dev.safeguarding.census.cscapi.CscApi#from(dev.safeguarding.census.CensusChild)}
 * fills them with the census codes.
 *
 * <p>{@link dev.safeguarding.census.cscapi.CscApi} maps census children to payload records and cuts a
 * stream of children into batches lazily, so that a national-size file is never held in memory. The
 * purge records follow the OpenAPI's {@code purge} flags and Data to Insight's client (S5).
 *
 * <p>The library holds no HTTP client: the JSON is written by {@code safeguarding-json}
 * ({@code SafeguardingJson.standard().write(batch)}), and sending it is the caller's (see the example
 * {@code CscApiExample} in the examples module).
 *
 * <p>Sources: DfE, {@code DFE-Digital/children-in-social-care-schemas}, {@code openapi.json} version 1.0.1
 * (2026-05-19, MIT, © 2025 Department for Education - Digital) (S4); Data to Insight,
 * {@code dfe-csc-api-data-flows} ({@code api_pipeline}, {@code docs/json_payload_structure.md}, MIT) (S5).
 */
@NullMarked
package dev.safeguarding.census.cscapi;

import org.jspecify.annotations.NullMarked;
