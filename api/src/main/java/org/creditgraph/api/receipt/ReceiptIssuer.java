package org.creditgraph.api.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.store.AuditStore;
import org.springframework.stereotype.Component;

/**
 * D8: for an agency check, one signed receipt per answer and one audit entry each (who, when,
 * subject, domain, verdict), all entries of the call written in one query before any receipt is
 * handed out: a receipt whose check is not in the audit log is never issued.
 */
@Component
public class ReceiptIssuer {

    /** Above this many answers the receipts are signed on all cores. */
    private static final int PARALLEL_FROM = 64;

    private final ReceiptSigner signer;
    private final AuditStore audit;

    public ReceiptIssuer(ReceiptSigner signer, AuditStore audit) {
        this.signer = signer;
        this.audit = audit;
    }

    /**
     * One answer of a check.
     *
     * @param subjectCode USCC or opaque person id; for an unknown subject what was asked, without ID numbers
     * @param subjectKind ENTERPRISE, PERSON, or UNKNOWN for a name that matched no one
     */
    public record Answer(String subjectCode, String subjectKind, CheckResult result) {}

    /** The receipts of the answers, in their order. */
    public List<String> issue(
            Viewer viewer, SanctionDomain domain, LocalDate asOf, String dataVersion, List<Answer> answers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String caller = Objects.requireNonNullElse(viewer.name(), viewer.role().name());
        List<Receipt> receipts = new ArrayList<>(answers.size());
        List<AuditStore.Entry> entries = new ArrayList<>(answers.size());
        for (Answer a : answers) {
            Receipt r = new Receipt(
                    UUID.randomUUID().toString(),
                    now,
                    a.subjectCode(),
                    domain,
                    asOf,
                    a.result().verdict(),
                    a.result().subjectFound(),
                    a.result().evidenceIds(),
                    dataVersion,
                    caller);
            receipts.add(r);
            entries.add(new AuditStore.Entry(
                    r.receiptId(),
                    caller,
                    now,
                    r.subjectCode(),
                    a.subjectKind(),
                    domain,
                    asOf,
                    r.verdict(),
                    r.subjectFound(),
                    dataVersion));
        }
        List<String> tokens = receipts.size() < PARALLEL_FROM
                ? receipts.stream().map(signer::sign).toList()
                : receipts.parallelStream().map(signer::sign).toList();
        audit.append(entries);
        return tokens;
    }
}
