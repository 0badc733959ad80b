package org.creditgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.limits.CallerLimits;
import org.creditgraph.api.limits.ClientAddresses;
import org.creditgraph.api.limits.LimitsProperties;
import org.creditgraph.api.limits.RateLimitFilter;
import org.creditgraph.api.limits.RequestSizeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call (contract §2). Every endpoint but the management ones ({@link ManagementAccess}) is
 * open to anonymous callers (PUBLIC); an {@code X-API-Key} or a bearer JWT makes the caller AGENCY
 * or ADMIN. What each role may see is decided in the query layer (D6, D12) from the {@link Callers}
 * viewer, not by URL rules. Browser headers: {@link BrowserHeaders}. Bearer
 * tokens are accepted when Spring's resource-server settings name an issuer, a JWK set or a public
 * key ({@code spring.security.oauth2.resourceserver.jwt.*}); otherwise they are refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ApiKeys apiKeys(
            @Value("${creditgraph.api-keys:}") String keys, @Value("${creditgraph.api-keys-file:}") String keysFile)
            throws IOException {
        String fromFile = keysFile.isBlank() ? "" : Files.readString(Path.of(keysFile));
        ApiKeys parsed = ApiKeys.parse(keys, fromFile);
        log.info("{} API key(s) configured", parsed.size());
        return parsed;
    }

    /** {@link ClientAddresses}: X-Forwarded-For is believed only from these proxies (none by default). */
    @Bean
    ClientAddresses clientAddresses(@Value("${" + ClientAddresses.PROPERTY + ":}") List<String> trustedProxies) {
        ClientAddresses addresses = new ClientAddresses(trustedProxies);
        if (!trustedProxies.isEmpty()) {
            log.info("X-Forwarded-For is read from {} trusted prox(ies)", trustedProxies.size());
        }
        return addresses;
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeys keys,
            ObjectProvider<JwtDecoder> jwtDecoder,
            LimitsProperties limits,
            CallerLimits callerLimits,
            ClientAddresses clients)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = SecurityConfiguration::unauthenticated;
        // CORS from spring.graphql.cors.* (none by default): preflights are answered before authentication
        http.cors(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(ManagementAccess::authorize)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(ManagementAccess::forbidden))
                .headers(BrowserHeaders::configure)
                .addFilterBefore(new RequestSizeFilter(limits.maxRequestBytes()), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new AuthenticationAttempts(callerLimits, clients), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new RateLimitFilter(callerLimits, Callers::authenticated, clients), AuthorizationFilter.class);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new JwtCallers()))
                    .authenticationEntryPoint(unauthenticated));
        } else {
            http.addFilterBefore(new NoBearerTokens(), AuthorizationFilter.class);
        }
        return http.build();
    }

    private static void unauthenticated(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String why = e.getMessage() != null
                        && (e.getMessage().contains("role claim")
                                || e.getMessage().contains("sub claim"))
                ? e.getMessage()
                : e instanceof InsufficientAuthenticationException
                        ? ManagementAccess.ADMIN_ONLY
                        : "invalid or expired bearer token";
        ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, why);
    }

    /** Without a configured token issuer a bearer token cannot be checked, so it is refused. */
    private static final class NoBearerTokens extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ErrorResponses.write(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        ErrorCode.UNAUTHENTICATED,
                        "bearer tokens are not enabled on this server; use X-API-Key");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
