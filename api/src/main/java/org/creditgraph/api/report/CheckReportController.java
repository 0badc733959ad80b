package org.creditgraph.api.report;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.resilience.DatabaseFailures;
import org.creditgraph.api.security.Callers;
import org.creditgraph.api.security.ErrorResponses;
import org.creditgraph.model.Viewer;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /report/check.pdf} (contract §6): the check report of a subject for agencies and admins,
 * with the rights of {@code sanctionCheck} (an AGENCY key limited to domains may report only those).
 * Anonymous callers get 401; bad parameters 400; a server without a CJK font 503; errors are JSON in
 * the GraphQL error shape, never a stack trace.
 */
@RestController
class CheckReportController {

    private static final Logger log = LoggerFactory.getLogger(CheckReportController.class);

    private final CheckReports reports;
    private final CheckReportPdf pdf;
    private final ReportFont font;
    private final String verifyUrl;

    CheckReportController(
            CheckReports reports,
            CheckReportPdf pdf,
            ReportFont font,
            @Value("${creditgraph.report.verify-url:}") String verifyUrl) {
        this.reports = reports;
        this.pdf = pdf;
        this.font = font;
        this.verifyUrl = verifyUrl.strip();
    }

    @GetMapping("/report/check.pdf")
    void check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Callers.authenticated();
        if (viewer.isPublic()) {
            ErrorResponses.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    ErrorCode.UNAUTHENTICATED,
                    "check reports are for agencies: send X-API-Key or Authorization: Bearer");
            return;
        }
        if (font.locate().isEmpty()) {
            ErrorResponses.write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    ErrorCode.UNAVAILABLE,
                    font.unavailableReason());
            return;
        }
        byte[] body;
        String file;
        try {
            CheckReportRequest asked = CheckReportRequest.of(request.getParameterMap(), viewer);
            List<String> warnings = new ArrayList<>();
            CheckReport report = reports.prepare(asked, viewer, verifyUrl(), warnings::add);
            body = pdf.render(report);
            file = "check-report-" + fileSafe(report.subjectCode()) + "-" + asked.asOf() + ".pdf";
            warnings.forEach(w -> response.addHeader("X-CreditGraph-Warning", ascii(w)));
        } catch (ApiException e) {
            ErrorResponses.write(response, status(e.code()), e.code(), e.getMessage());
            return;
        } catch (ReportFont.Unavailable e) {
            ErrorResponses.write(
                    response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorCode.UNAVAILABLE, e.getMessage());
            return;
        } catch (CallNotPermittedException | BulkheadFullException e) {
            ErrorResponses.write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    ErrorCode.UNAVAILABLE,
                    "the database is unavailable or busy; retry later");
            return;
        } catch (Neo4jException e) {
            if (DatabaseFailures.isOutage(e) || DatabaseFailures.isTimeout(e)) {
                log.warn("check report: database unavailable or slow: {}", e.getMessage());
                ErrorResponses.write(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        ErrorCode.UNAVAILABLE,
                        "the database did not answer in time; retry later");
                return;
            }
            internal(e, response);
            return;
        } catch (RuntimeException e) {
            internal(e, response);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void internal(RuntimeException e, HttpServletResponse response) throws IOException {
        String incident = UUID.randomUUID().toString();
        log.error("incident {} in a check report", incident, e);
        ErrorResponses.write(
                response,
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                ErrorCode.INTERNAL,
                "internal error (incident " + incident + ")");
    }

    private String verifyUrl() {
        return verifyUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/verify")
                        .build()
                        .toUriString()
                : verifyUrl;
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }

    /** A file name part: ASCII letters, digits and dashes only (a USCC stays whole; a Chinese name gives 'subject'). */
    static String fileSafe(String asked) {
        String safe = asked.replaceAll("[^A-Za-z0-9-]", "");
        return safe.isEmpty() ? "subject" : safe;
    }

    private static String ascii(String text) {
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
