/**
 * Spring Boot 4 auto-configuration for the safeguarding library. With this module on the class path, a
 * Spring Boot application needs no code of its own for the library's values in requests and responses:
 *
 * <ul>
 *   <li>{@link dev.safeguarding.spring.SafeguardingJacksonAutoConfiguration} registers the library's
 *       JSON format ({@link dev.safeguarding.json.SafeguardingModule}) with Boot's {@code JsonMapper}, so
 *       that a controller reads and writes model values exactly as
 *       {@link dev.safeguarding.json.SafeguardingJson} does (without it, Jackson 3 writes them without
 *       their data);</li>
 *   <li>{@link dev.safeguarding.spring.SafeguardingWebMvcAutoConfiguration} answers a request body the
 *       format cannot read, and a model value that fails {@code @Valid} or {@code @Validated}, with a 400
 *       problem detail ({@link dev.safeguarding.spring.SafeguardingProblems}): the JSON Pointer of the
 *       bad value and never the value, or the findings with their codes and paths.</li>
 * </ul>
 *
 * Validation itself is Boot's: add {@code spring-boot-starter-validation}.
 */
@NullMarked
package dev.safeguarding.spring;

import org.jspecify.annotations.NullMarked;
