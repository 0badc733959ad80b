package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Authority;
import org.creditgraph.model.matching.Regions;
import org.creditgraph.model.rules.Industry;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.AuthorityStore;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.Statistics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code penaltyStatistics} and {@code accidentStatistics} (contract §5): group-by aggregates over
 * the records of the connections, with the same filters and D6 visibility (in the stores).
 */
@Controller
public class StatisticsController {

    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final AuthorityStore authorities;
    private final Regions regions = Regions.standard();

    public StatisticsController(PenaltyStore penalties, AccidentStore accidents, AuthorityStore authorities) {
        this.penalties = penalties;
        this.accidents = accidents;
        this.authorities = authorities;
    }

    /** The names of every bucket's key values, looked up once for the whole answer (one authority query). */
    private record KeyNames(Map<List<String>, List<String>> byKeys) {}

    @QueryMapping
    public DataFetcherResult<List<Statistics.PenaltyBucket>> penaltyStatistics(
            @Argument PenaltyStore.Filter filter,
            @Argument List<Statistics.Dimension> groupBy,
            GraphQLContext context) {
        check(groupBy, penalties.statisticsDimensions(), "penalties");
        return named(
                penalties.statistics(filter, groupBy, Callers.of(context)), groupBy, Statistics.PenaltyBucket::keys);
    }

    @QueryMapping
    public DataFetcherResult<List<Statistics.AccidentBucket>> accidentStatistics(
            @Argument AccidentStore.Filter filter,
            @Argument List<Statistics.Dimension> groupBy,
            GraphQLContext context) {
        check(groupBy, accidents.statisticsDimensions(), "accidents");
        return named(
                accidents.statistics(filter, groupBy, Callers.of(context)), groupBy, Statistics.AccidentBucket::keys);
    }

    @SchemaMapping(typeName = "PenaltyBucket", field = "names")
    public List<String> names(Statistics.PenaltyBucket bucket, DataFetchingEnvironment env) {
        return env.<KeyNames>getLocalContext().byKeys().get(bucket.keys());
    }

    @SchemaMapping(typeName = "AccidentBucket", field = "names")
    public List<String> names(Statistics.AccidentBucket bucket, DataFetchingEnvironment env) {
        return env.<KeyNames>getLocalContext().byKeys().get(bucket.keys());
    }

    private <B> DataFetcherResult<List<B>> named(
            List<B> buckets, List<Statistics.Dimension> groupBy, Function<B, List<String>> keysOf) {
        Set<String> usccs = new HashSet<>();
        int authority = groupBy.indexOf(Statistics.Dimension.AUTHORITY);
        if (authority >= 0) {
            buckets.forEach(b -> usccs.add(keysOf.apply(b).get(authority)));
        }
        usccs.remove("");
        Map<String, Authority> byUscc = usccs.isEmpty() ? Map.of() : authorities.byUsccs(usccs);
        Map<List<String>, List<String>> names = new HashMap<>();
        for (B bucket : buckets) {
            List<String> keys = keysOf.apply(bucket);
            List<String> named = new ArrayList<>();
            for (int i = 0; i < groupBy.size() && i < keys.size(); i++) {
                String key = keys.get(i);
                named.add(
                        switch (groupBy.get(i)) {
                            case REGION -> regions.nameOf(key).orElse(null);
                            case INDUSTRY -> Industry.name(key).orElse(null);
                            case AUTHORITY ->
                                byUscc.containsKey(key) ? byUscc.get(key).name() : null;
                            default -> null;
                        });
            }
            names.put(keys, named);
        }
        return DataFetcherResult.<List<B>>newResult()
                .data(buckets)
                .localContext(new KeyNames(names))
                .build();
    }

    private static void check(List<Statistics.Dimension> groupBy, Set<Statistics.Dimension> supported, String what) {
        for (int i = 0; i < groupBy.size(); i++) {
            Statistics.Dimension d = groupBy.get(i);
            if (!supported.contains(d)) {
                throw new ApiException(
                        ErrorCode.BAD_USER_INPUT,
                        "cannot group " + what + " by " + d + "; use " + Statistics.sorted(supported));
            }
            if (groupBy.subList(0, i).contains(d)) {
                throw new ApiException(ErrorCode.BAD_USER_INPUT, "dimension " + d + " is given twice in groupBy");
            }
        }
    }
}
