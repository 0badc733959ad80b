package org.creditgraph.api.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.api.receipt.ReceiptVerifier;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.stereotype.Component;

/**
 * Gathers a check report: the D7 check of the subject in each domain asked, through the same {@link
 * CheckService} as the GraphQL {@code sanctionCheck} (so the same rights, receipts and audit entries,
 * D8), then the penalties and accidents its reasons cite, read with the caller's rights (D6, D12).
 */
@Component
class CheckReports {

    private final CheckService checks;
    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final ReceiptVerifier verifier;

    CheckReports(CheckService checks, PenaltyStore penalties, AccidentStore accidents, ReceiptVerifier verifier) {
        this.checks = checks;
        this.penalties = penalties;
        this.accidents = accidents;
        this.verifier = verifier;
    }

    CheckReport prepare(CheckReportRequest request, Viewer viewer, String verifyUrl, Consumer<String> warn) {
        List<SanctionCheckView> answers = new ArrayList<>();
        for (SanctionDomain domain : request.domains()) {
            answers.addAll(checks.check(List.of(request.subject()), domain, request.asOf(), viewer, warn));
        }
        Set<String> cited = new LinkedHashSet<>();
        for (SanctionCheckView check : answers) {
            for (CheckReason reason : check.reasons()) {
                if (reason.listing() != null) {
                    cited.addAll(reason.listing().basisRecordIds());
                }
                if (reason.ban() != null && reason.ban().accidentNumber() != null) {
                    cited.add(reason.ban().accidentNumber());
                }
                if (reason.criterion() != null) {
                    cited.addAll(reason.criterion().recordKeys());
                }
            }
        }
        Map<String, String> receiptIds = new HashMap<>();
        for (SanctionCheckView check : answers) {
            if (check.receipt() != null) {
                String id = verifier.verify(check.receipt()).receiptId();
                if (id != null) {
                    receiptIds.put(check.receipt(), id);
                }
            }
        }
        var subject = request.subject();
        String asked = subject.uscc() != null ? subject.uscc() : subject.id() != null ? subject.id() : subject.name();
        return new CheckReport(
                asked,
                request.asOf(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Objects.requireNonNullElse(viewer.name(), viewer.role().name()),
                answers,
                receiptIds,
                cited.isEmpty() ? Map.of() : penalties.byKeys(cited, viewer),
                cited.isEmpty() ? Map.of() : accidents.byNumbers(cited, viewer),
                verifyUrl);
    }
}
