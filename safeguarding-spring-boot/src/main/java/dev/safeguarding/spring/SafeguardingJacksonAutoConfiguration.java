package dev.safeguarding.spring;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the library's JSON format with Spring Boot's {@code JsonMapper}: a
 * {@link SafeguardingModule} bean, which Boot's Jackson auto-configuration adds to the mapper it builds
 * (as it adds every {@code JacksonModule} bean). Every model type in a request or a response body is
 * then read and written exactly as {@link SafeguardingJson} reads and writes it, strictly, whatever
 * {@code spring.jackson.deserialization.fail-on-unknown-properties} says (Boot turns it off).
 *
 * <p>A bean of type {@link SafeguardingModule} of the application's own, {@link SafeguardingModule#lenient()}
 * for instance, takes this one's place.
 *
 * <p>Source: not the guidance: the library's integration with Spring Boot 4 (issue 16); the format it registers is
 * {@link SafeguardingJson}'s.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public class SafeguardingJacksonAutoConfiguration {

    /** Made by Spring. */
    public SafeguardingJacksonAutoConfiguration() {
    }

    /**
     * The library's JSON format as a Jackson module, reading strictly.
     *
     * @return {@link SafeguardingJson#module()}
     */
    @Bean
    @ConditionalOnMissingBean
    public SafeguardingModule safeguardingModule() {
        return SafeguardingJson.module();
    }
}
