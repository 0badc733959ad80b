package org.creditgraph.api.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.UUID;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.Callers;
import org.creditgraph.api.security.ErrorResponses;
import org.creditgraph.model.Viewer;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/changes.ndjson?since=} (contract §6, delta feed): binds {@code since} and the
 * caller, and streams {@link ChangeFeed}. A bad {@code since} or an unknown parameter is a 400 with
 * a JSON error before any line is written.
 */
@RestController
public class ChangeFeedController {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedController.class);

    private final ChangeFeed feed;

    public ChangeFeedController(ChangeFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/export/changes.ndjson")
    public void changes(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Callers.authenticated();
        ChangeFeed.Position from;
        try {
            ExportParameters.of(request.getParameterMap(), Set.of("since"));
            String[] since = request.getParameterValues("since");
            if (since != null && since.length > 1) {
                throw new ApiException(ErrorCode.BAD_USER_INPUT, "parameter 'since' is given more than once");
            }
            from = feed.position(since == null ? null : since[0]);
        } catch (ApiException e) {
            ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, e.code(), e.getMessage());
            return;
        }
        response.setContentType("application/x-ndjson");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
        try {
            long lines = feed.write(from, viewer, out);
            log.debug("change feed for {}: {} lines", viewer.role(), lines);
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                log.error("change feed failed after the response was committed", e);
                throw e;
            }
            response.reset();
            boolean down = e instanceof ServiceUnavailableException || e instanceof SessionExpiredException;
            String incident = UUID.randomUUID().toString();
            log.error("incident {} in the change feed", incident, e);
            ErrorResponses.write(
                    response,
                    down ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    down ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL,
                    down ? "the database is unavailable; retry later" : "internal error (incident " + incident + ")");
        }
    }
}
