package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.SanctionDomain;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code sanctionCheck} and {@code sanctionChecks} (D7) for the caller of the request (receipts for agencies, D8). */
@Controller
public class SanctionCheckController {

    private final CheckService checks;

    public SanctionCheckController(CheckService checks) {
        this.checks = checks;
    }

    @QueryMapping
    public SanctionCheckView sanctionCheck(
            @Argument SubjectRefInput subject,
            @Argument SanctionDomain domain,
            @Argument LocalDate asOf,
            GraphQLContext context) {
        return checks.check(List.of(subject), domain, asOf, Callers.of(context), w -> ResponseWarnings.add(context, w))
                .getFirst();
    }

    @QueryMapping
    public List<SanctionCheckView> sanctionChecks(
            @Argument List<SubjectRefInput> subjects,
            @Argument SanctionDomain domain,
            @Argument LocalDate asOf,
            GraphQLContext context) {
        return checks.check(subjects, domain, asOf, Callers.of(context), w -> ResponseWarnings.add(context, w));
    }
}
