package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each matchMany name weighs ten in a request's complexity, so aliased batches run over it too. */
class MatchBudgetTest {

    static GraphQLSchema schema() throws IOException {
        try (var in = MatchBudgetTest.class.getResourceAsStream("/graphql/schema.graphqls")) {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    static int complexity(String query, int names) throws IOException {
        return QueryComplexityCalculator.newCalculator()
                .schema(schema())
                .document(Parser.parse(query))
                .variables(CoercedVariables.of(Map.of("n", Collections.nCopies(names, "兰州佳博化学"))))
                .fieldComplexityCalculator(QueryLimits.costed())
                .build()
                .calculate();
    }

    @Test
    void aNameWeighsTenAndAliasesAddUp() throws IOException {
        String one = "query($n: [String!]!) { matchMany(names: $n) { totalCount } }";
        int thousand = complexity(one, 1000);
        assertThat(thousand - complexity(one, 0)).isEqualTo(1000 * MatchBudget.NAME_WEIGHT);
        int defaultLimit =
                new LimitsProperties(20, 200, 5, 15, 50_000, 10_000, 1, 20_000, 200_000).maxQueryComplexity();
        assertThat(thousand).isLessThan(defaultLimit);
        String fiveAliases = "query($n: [String!]!) { a: matchMany(names: $n) { totalCount }"
                + " b: matchMany(names: $n) { totalCount } c: matchMany(names: $n) { totalCount }"
                + " d: matchMany(names: $n) { totalCount } e: matchMany(names: $n) { totalCount } }";
        assertThat(complexity(fiveAliases, 1000)).isGreaterThan(defaultLimit);
    }
}
