package org.creditgraph.api.receipt;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;

/**
 * GraphQL {@code ReceiptVerification}: whether a token is a valid receipt, what it states, and
 * otherwise the problem. The fields of the receipt are null when it is invalid.
 */
public record ReceiptVerification(boolean valid, Receipt receipt, String keyId, String problem) {

    static ReceiptVerification valid(Receipt receipt, String keyId) {
        return new ReceiptVerification(true, receipt, keyId, null);
    }

    static ReceiptVerification invalid(String problem) {
        return new ReceiptVerification(false, null, null, problem);
    }

    public Verdict verdict() {
        return receipt == null ? null : receipt.verdict();
    }

    public SanctionDomain domain() {
        return receipt == null ? null : receipt.domain();
    }

    public LocalDate asOf() {
        return receipt == null ? null : receipt.asOf();
    }

    public String subjectCode() {
        return receipt == null ? null : receipt.subjectCode();
    }

    public Boolean subjectFound() {
        return receipt == null ? null : receipt.subjectFound();
    }

    /** ISO-8601 instant, e.g. 2026-03-01T02:00:00Z. */
    public String issuedAt() {
        return receipt == null ? null : receipt.issuedAt().toString();
    }

    public String receiptId() {
        return receipt == null ? null : receipt.receiptId();
    }

    public String dataVersion() {
        return receipt == null ? null : receipt.dataVersion();
    }

    public List<String> evidence() {
        return receipt == null ? null : receipt.evidence();
    }

    public String caller() {
        return receipt == null ? null : receipt.caller();
    }
}
