package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.creditgraph.api.limits.RequestCost;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.resilience.ResilienceProperties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Database failures reach callers with a fixed message and no class name, Cypher or host: outages
 * and a busy server as UNAVAILABLE, an expensive query past its time limit as the caller's
 * QUERY_TOO_COMPLEX, a cheap one (slowed by others) as UNAVAILABLE.
 */
class ResilienceErrorMappingTest {

    private final DatabaseGuard guard = new DatabaseGuard(ResilienceProperties.defaults());
    private final ErrorResolver resolver = new ErrorResolver(
            guard,
            new RequestCost(50_000, ResilienceProperties.defaults().expensive().cost(), 100, null, guard));

    @Test
    void outagesPoolTimeoutsOpenCircuitAndFullBulkheadAreUnavailable() {
        guard.circuit().transitionToOpenState();
        Map<Throwable, String> cases = Map.of(
                new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687, ensure the database is running"),
                "the database is unavailable; retry later",
                new SessionExpiredException("Connection to the database terminated at bolt://10.0.0.5:7687"),
                "the database is unavailable; retry later",
                new TransientException(
                        "Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable"),
                "the database is unavailable; retry later",
                new ClientException(
                        "Unable to acquire connection from the pool within configured maximum time of 2000ms",
                        new TimeoutException()),
                "the database did not answer in time; retry later",
                CallNotPermittedException.createCallNotPermittedException(guard.circuit()),
                "the database is unavailable; retry later",
                BulkheadFullException.createBulkheadFullException(guard.batches()),
                "too many batch checks in progress; retry later");
        cases.forEach((failure, message) -> {
            GraphQLError error = resolver.resolveToSingleError(failure, env());
            assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE");
            assertThat(error.getMessage()).isEqualTo(message);
            assertThat(error.toSpecification().toString())
                    .doesNotContain("Exception", "Neo.", "MATCH", "bolt", "127.0.0.1", "neo4j");
        });
        assertThat(resolver.resolveToSingleError(
                                CallNotPermittedException.createCallNotPermittedException(guard.circuit()), env())
                        .getExtensions())
                .containsEntry("retryAfterSeconds", 5L);
    }

    @Test
    void anExpensiveQueryPastItsTimeLimitIsTheCallersQueryTooComplex() {
        GraphQLError error = resolver.resolveToSingleError(pastTimeLimit(), env(700));
        assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX");
        assertThat(error.getMessage()).isEqualTo("the query ran past the time limit; narrow it");
        assertThat(error.toSpecification().toString()).doesNotContain("Exception", "Neo.", "MATCH");
    }

    @Test
    void aCheapQueryPastItsTimeLimitWaitedForOthersAndIsUnavailable() {
        GraphQLError error = resolver.resolveToSingleError(pastTimeLimit(), env(106));
        assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE").containsEntry("retryAfterSeconds", 1);
        assertThat(error.getMessage()).isEqualTo("the database is busy and did not answer in time; retry later");
        assertThat(error.toSpecification().toString()).doesNotContain("Exception", "Neo.", "MATCH");
    }

    private static ClientException pastTimeLimit() {
        return new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has not completed within the timeout: MATCH (e:Enterprise) ...");
    }

    @Test
    void aCypherBugIsInternalWithAnIncidentIdAndNoCypher() {
        GraphQLError error = resolver.resolveToSingleError(
                new ClientException(
                        "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC': MATC (e:Enterprise) RETURN e"),
                env());
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
        assertThat(error.toSpecification().toString()).doesNotContain("MATC", "Neo.", "Exception");
    }

    private static DataFetchingEnvironment env() {
        return env(0);
    }

    private static DataFetchingEnvironment env(int cost) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(GraphQLContext.of(Map.of(RequestCost.COST, cost)))
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("sanctionChecks"))
                        .build())
                .mergedField(MergedField.newMergedField(
                                Field.newField("sanctionChecks").build())
                        .build())
                .build();
    }
}
