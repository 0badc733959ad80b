package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.AuditStore;
import org.creditgraph.model.store.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code auditLog} (D8): the checks agencies made, newest first; ADMIN callers only. */
@Controller
public class AuditLogController {

    private final AuditStore audit;
    private final CheckService checks;

    public AuditLogController(AuditStore audit, CheckService checks) {
        this.audit = audit;
        this.checks = checks;
    }

    /** GraphQL {@code AuditEntry}; {@code at} is an ISO-8601 instant. */
    public record AuditEntryView(
            String receiptId,
            String caller,
            String at,
            String subjectCode,
            String subjectKind,
            SanctionDomain domain,
            LocalDate asOf,
            Verdict verdict,
            boolean subjectFound,
            String dataVersion) {

        static AuditEntryView of(AuditStore.Entry e) {
            return new AuditEntryView(
                    e.receiptId(),
                    e.caller(),
                    e.at().toString(),
                    e.subjectCode(),
                    e.subjectKind(),
                    e.domain(),
                    e.asOf(),
                    e.verdict(),
                    e.subjectFound(),
                    e.dataVersion());
        }
    }

    @QueryMapping
    public Map<String, Object> auditLog(
            @Argument SubjectRefInput subject,
            @Argument LocalDate from,
            @Argument LocalDate to,
            @Argument Integer first,
            @Argument String after,
            GraphQLContext context) {
        return page(Callers.of(context), subject, from, to, PageRequest.of(first, after));
    }

    Map<String, Object> page(
            Viewer viewer, SubjectRefInput subject, LocalDate from, LocalDate to, PageRequest request) {
        if (viewer.role() != Viewer.Role.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, "auditLog is for ADMIN callers");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "from " + from + " is after to " + to);
        }
        List<String> codes = subject == null ? List.of() : checks.auditCodes(subject, viewer);
        return Connections.of(audit.find(new AuditStore.Filter(codes, from, to), request), AuditEntryView::of);
    }
}
