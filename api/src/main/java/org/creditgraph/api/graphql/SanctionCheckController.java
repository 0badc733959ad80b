package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.limits.CheckBudget;
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
        return checks.check(
                        List.of(subject),
                        domain,
                        asOf,
                        Callers.of(context),
                        CheckBudget.checks(context),
                        w -> ResponseWarnings.add(context, w))
                .getFirst();
    }

    /**
     * The batch: a subject with a problem of its own is null in the list, with an error at its
     * index (path {@code sanctionChecks/i}, {@code extensions.index}); the other subjects are answered.
     */
    @QueryMapping
    public DataFetcherResult<List<SanctionCheckView>> sanctionChecks(
            @Argument List<SubjectRefInput> subjects,
            @Argument SanctionDomain domain,
            @Argument LocalDate asOf,
            GraphQLContext context,
            DataFetchingEnvironment env) {
        List<CheckService.Answer> answers = checks.checkEach(
                subjects,
                domain,
                asOf,
                Callers.of(context),
                CheckBudget.checks(context),
                w -> ResponseWarnings.add(context, w));
        List<SanctionCheckView> views = new ArrayList<>(answers.size());
        List<GraphQLError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            CheckService.Answer answer = answers.get(i);
            views.add(answer.check());
            if (answer.problem() != null) {
                ApiException problem = answer.problem();
                Map<String, Object> extensions = new LinkedHashMap<>(problem.extensions());
                extensions.put("index", i);
                GraphQLError error = ErrorResolver.error(env, problem.code(), problem.getMessage(), extensions);
                errors.add(GraphqlErrorBuilder.newError()
                        .message(error.getMessage())
                        .errorType(error.getErrorType())
                        .extensions(error.getExtensions())
                        .locations(error.getLocations())
                        .path(env.getExecutionStepInfo().getPath().segment(i))
                        .build());
            }
        }
        return DataFetcherResult.<List<SanctionCheckView>>newResult()
                .data(views)
                .errors(errors)
                .build();
    }
}
