package dev.safeguarding.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a Spring MVC application, answers a request body that the library's format cannot read, and a
 * model value that fails Bean Validation, with a 400 problem detail: a
 * {@link SafeguardingProblemResolver} ahead of Spring's own exception handling, which takes only those
 * two cases and leaves every other exception to the application's handlers and Spring's.
 *
 * <p>Off with {@code safeguarding.web.problem-details=false}; a bean of type
 * {@link SafeguardingProblemResolver} of the application's own takes this one's place.
 *
 * <p>Source: not the guidance: the library's integration with Spring Boot 4 (issue 16); problem details are
 * RFC 9457's, as Spring's {@code ProblemDetail} writes them.
 */
@AutoConfiguration(after = SafeguardingJacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, JsonMapper.class})
@ConditionalOnProperty(prefix = "safeguarding.web", name = "problem-details", havingValue = "true",
        matchIfMissing = true)
public class SafeguardingWebMvcAutoConfiguration {

    /** Made by Spring. */
    public SafeguardingWebMvcAutoConfiguration() {
    }

    /**
     * The resolver, writing problem details with Boot's {@code JsonMapper} (so that findings are written
     * in the library's format), or with a mapper of its own if the application has none.
     *
     * @param mapper Boot's mapper, if there is one
     * @return the resolver
     */
    @Bean
    @ConditionalOnMissingBean
    public SafeguardingProblemResolver safeguardingProblemResolver(ObjectProvider<JsonMapper> mapper) {
        return new SafeguardingProblemResolver(mapper.getIfAvailable(SafeguardingProblemResolver::defaultMapper));
    }
}
