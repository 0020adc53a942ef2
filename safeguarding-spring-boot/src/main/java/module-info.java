/**
 * Optional Spring Boot 4 auto-configuration for the safeguarding library: the library's JSON format in
 * Boot's {@code JsonMapper}, and bad JSON and the model's constraint violations in a request as 400
 * problem details (RFC 9457). Spring's jars are automatic modules; the web classes are needed only in a
 * servlet web application.
 */
module dev.safeguarding.spring {
    requires static org.jspecify;
    requires transitive dev.safeguarding.json;
    requires spring.beans;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.core;
    requires static spring.web;
    requires static spring.webmvc;
    requires static jakarta.servlet;
    requires static jakarta.validation;

    exports dev.safeguarding.spring;
}
