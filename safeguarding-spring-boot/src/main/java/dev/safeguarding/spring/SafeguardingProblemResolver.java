package dev.safeguarding.spring;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import dev.safeguarding.model.Finding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers two kinds of bad request with a 400 problem detail ({@link SafeguardingProblems}) and leaves
 * every other exception, and these two for types that are not the library's, to the application's own
 * handlers and Spring's (it returns {@code null} for them):
 *
 * <ul>
 *   <li>a request body the library's JSON format cannot read: an {@link HttpMessageNotReadableException}
 *       caused by a {@link SafeguardingJsonException}, answered with its pointer, never the value;</li>
 *   <li>a model value that fails {@code @Valid} or {@code @Validated} on a request body: a
 *       {@link MethodArgumentNotValidException} whose target is a type of the library's format and whose
 *       errors are all Bean Validation violations, answered with their findings.</li>
 * </ul>
 *
 * Ordered first, ahead of Spring's {@code @ExceptionHandler} methods, so that these answers do not depend
 * on which other handlers an application has; an application that wants its own declares a bean of this
 * type, or turns the resolver off ({@code safeguarding.web.problem-details=false}) and calls
 * {@link SafeguardingProblems} from its own handler. Nothing is logged: the problem is the client's.
 *
 * <p>Source: not the guidance: the library's integration with Spring Boot 4 (issue 16); problem details are
 * RFC 9457's, as Spring's {@code ProblemDetail} writes them.
 */
public class SafeguardingProblemResolver implements HandlerExceptionResolver, Ordered {

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper mapper;

    /**
     * A resolver writing problem details with {@code mapper}, which should have the library's module
     * (it writes the findings).
     *
     * @param mapper the mapper
     */
    public SafeguardingProblemResolver(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** A mapper with the library's module, for an application without Boot's own. */
    static JsonMapper defaultMapper() {
        return JsonMapper.builder().addModule(SafeguardingJson.module()).build();
    }

    /** First: ahead of Spring's own resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * The problem for {@code thrown}, if it is one this resolver answers.
     *
     * @param thrown the exception a handler threw
     * @return the problem detail, or empty
     */
    public Optional<ProblemDetail> problem(Exception thrown) {
        if (thrown instanceof HttpMessageNotReadableException) {
            return SafeguardingProblems.jsonCause(thrown).map(SafeguardingProblems::unreadable);
        }
        if (thrown instanceof MethodArgumentNotValidException invalid) {
            BindingResult result = invalid.getBindingResult();
            Object target = result.getTarget();
            if (target != null && SafeguardingJson.standard().supports(target.getClass())) {
                Optional<List<Finding>> findings = SafeguardingProblems.findings(result);
                return findings.map(SafeguardingProblems::findings);
            }
        }
        return Optional.empty();
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception thrown) {
        Optional<ProblemDetail> problem = problem(thrown);
        if (problem.isEmpty() || response.isCommitted()) {
            return null;
        }
        ProblemDetail detail = problem.get();
        detail.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(detail.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        try {
            mapper.writeValue(response.getOutputStream(), body(detail));
        } catch (IOException e) {
            return null;   // the client went away; Spring's own handling has nothing better to send
        }
        return new ModelAndView();
    }

    /** The problem detail as RFC 9457 writes it: its members, then its extension properties. */
    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
