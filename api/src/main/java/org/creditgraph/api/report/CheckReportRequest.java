package org.creditgraph.api.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.export.ExportParameters;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;

/**
 * The query of {@code GET /report/check.pdf}: the subject by exactly one of {@code uscc}, {@code id}
 * (an enterprise's USCC or a person's opaque id) or {@code name} (exact, as in a check); {@code
 * domain} repeated or comma-separated (default: every domain the caller may check); {@code asOf}
 * yyyy-MM-dd (the bid deadline; default today in Asia/Shanghai). D12: never an ID number in a URL, so
 * there is no {@code idNumber} parameter and a value that is one is refused without being echoed.
 */
public record CheckReportRequest(SubjectRefInput subject, List<SanctionDomain> domains, LocalDate asOf) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<String> PARAMETERS = Set.of("uscc", "id", "name", "domain", "asOf");
    private static final int MAX_NAME = 200;

    public CheckReportRequest {
        domains = List.copyOf(domains);
    }

    /** The request, or BAD_USER_INPUT (FORBIDDEN for a domain the caller's key may not check). */
    public static CheckReportRequest of(Map<String, String[]> query, Viewer viewer) {
        if (query.containsKey("idNumber")) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "ID numbers are never accepted in a URL (D12): use the person's id from the API (parameter id)");
        }
        ExportParameters p = ExportParameters.of(query, PARAMETERS);
        String uscc = p.text("uscc");
        String id = p.text("id");
        String name = p.text("name", MAX_NAME);
        int set = (uscc != null ? 1 : 0) + (id != null ? 1 : 0) + (name != null ? 1 : 0);
        if (set != 1) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "name the subject with exactly one of the parameters uscc, id, name (got " + set + ")");
        }
        List<SanctionDomain> asked = p.enums("domain", SanctionDomain.class);
        List<SanctionDomain> domains = asked != null
                ? asked
                : Arrays.stream(SanctionDomain.values())
                        .filter(viewer::mayCheck)
                        .toList();
        for (SanctionDomain d : domains) {
            if (!viewer.mayCheck(d)) {
                throw new ApiException(
                        ErrorCode.FORBIDDEN,
                        "this key may check only "
                                + viewer.domains().stream().sorted().toList() + ", not " + d,
                        Map.of("domain", d.name()));
            }
        }
        LocalDate asOf = p.date("asOf");
        return new CheckReportRequest(
                new SubjectRefInput(uscc, null, id, name), domains, asOf != null ? asOf : LocalDate.now(SHANGHAI));
    }
}
