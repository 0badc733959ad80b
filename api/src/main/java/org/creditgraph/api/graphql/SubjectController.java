package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.Map;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.SubjectSearch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code enterprise(uscc)} and {@code search(text)}. */
@Controller
public class SubjectController {

    private final EnterpriseStore enterprises;
    private final SubjectSearch search;

    public SubjectController(EnterpriseStore enterprises, SubjectSearch search) {
        this.enterprises = enterprises;
        this.search = search;
    }

    @QueryMapping
    public Enterprise enterprise(@Argument String uscc) {
        String code = Uscc.normalise(uscc);
        Uscc.Check check = Uscc.check(code);
        if (!check.wellFormed()) {
            throw new ApiException(ErrorCode.INVALID_USCC, check.problem().orElseThrow(), Map.of("field", "uscc"));
        }
        return enterprises.byUscc(code).orElse(null);
    }

    @QueryMapping
    public Map<String, Object> search(
            @Argument String text,
            @Argument Integer first,
            @Argument String after,
            @Argument SubjectSearch.Filter filter,
            GraphQLContext context,
            DataFetchingFieldSelectionSet selection) {
        if (text == null || text.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "search text must not be empty");
        }
        // The total walks every hit: counted only when asked for.
        return Connections.of(search.search(
                text, filter, PageRequest.of(first, after), Callers.of(context), selection.contains("totalCount")));
    }
}
