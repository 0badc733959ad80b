package org.creditgraph.api.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Penalty;

/**
 * What a check report (核查报告) states: one D7 check per domain of one subject on one date, each
 * with its receipt (D8), and the penalty and accident records the reasons cite, as the caller may
 * see them (D6). {@code asked} is how the caller named the subject (never an ID number, D12); {@code
 * verifyUrl} the page that verifies a receipt, to which {@code ?receipt=TOKEN} is added.
 */
record CheckReport(
        String asked,
        LocalDate asOf,
        Instant generatedAt,
        String caller,
        List<SanctionCheckView> checks,
        Map<String, String> receiptIds,
        Map<String, Penalty> penalties,
        Map<String, Accident> accidents,
        String verifyUrl) {

    CheckReport {
        checks = List.copyOf(checks);
        receiptIds = Map.copyOf(receiptIds);
        penalties = Map.copyOf(penalties);
        accidents = Map.copyOf(accidents);
    }

    /** The USCC or person id of the subject when found, else what was asked. */
    String subjectCode() {
        return checks.stream()
                .filter(c -> c.subject() != null)
                .map(c -> c.subject().id())
                .findFirst()
                .orElse(asked);
    }

    /** The URL a receipt's QR code holds: the verification page with the token, which carries no ID number. */
    String verifyUrl(String token) {
        return verifyUrl + "?receipt=" + token;
    }
}
