package org.creditgraph.api.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * Response headers for browsers. Spring Security's defaults stay on every response
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching of API
 * answers). The explorer ({@code /}, {@code /enterprise/*}, {@code /person/*}, its scripts, styles
 * and WebJars) runs under a strict Content-Security-Policy: only its own files, no inline script,
 * no eval, no framing. The one inline style allowed by hash is the one-line stylesheet cytoscape.js
 * inserts ({@code .__________cytoscape_container { position: relative; }}); explorer.css gives the
 * graph box the same rule, so the page looks the same if a cytoscape upgrade changes that line.
 * GraphiQL ({@code /graphiql}, served from WebJars) runs under the same policy; its stylesheet
 * carries its fonts as {@code data:} URLs, hence {@code font-src 'self' data:}.
 */
final class BrowserHeaders {

    static final String CYTOSCAPE_STYLESHEET = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLESHEET
            + "; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'";

    private BrowserHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(STRICT));
    }
}
