package org.creditgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.creditgraph.api.graphql.ErrorCode;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The only URL rules: the management endpoints. {@code /actuator/health} (status only; components
 * and details for ADMIN callers, see {@code management.endpoint.health}) and {@code /actuator/info}
 * are public; every other endpoint ({@code /actuator/prometheus}, {@code /actuator/metrics}, the
 * {@code /actuator} index) is for ADMIN callers: anonymous callers get 401 UNAUTHENTICATED, others
 * 403 FORBIDDEN. Everything else is open; what a caller may see is decided in the query layer.
 */
final class ManagementAccess {

    static final String ADMIN_ONLY = "this endpoint is for ADMIN callers (X-API-Key or bearer token with role ADMIN)";

    private ManagementAccess() {}

    static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(EndpointRequest.to("health", "info"))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole("ADMIN")
                .anyRequest()
                .permitAll();
    }

    /** An authenticated caller without the role. */
    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN, ADMIN_ONLY);
    }
}
