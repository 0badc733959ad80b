package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Set;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.Statistics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code penaltyStatistics} and {@code accidentStatistics} (contract §5): group-by aggregates over
 * the records of the connections, with the same filters and D6 visibility (in the stores).
 */
@Controller
public class StatisticsController {

    private final PenaltyStore penalties;
    private final AccidentStore accidents;

    public StatisticsController(PenaltyStore penalties, AccidentStore accidents) {
        this.penalties = penalties;
        this.accidents = accidents;
    }

    @QueryMapping
    public List<Statistics.PenaltyBucket> penaltyStatistics(
            @Argument PenaltyStore.Filter filter,
            @Argument List<Statistics.Dimension> groupBy,
            GraphQLContext context) {
        check(groupBy, penalties.statisticsDimensions(), "penalties");
        return penalties.statistics(filter, groupBy, Callers.of(context));
    }

    @QueryMapping
    public List<Statistics.AccidentBucket> accidentStatistics(
            @Argument AccidentStore.Filter filter,
            @Argument List<Statistics.Dimension> groupBy,
            GraphQLContext context) {
        check(groupBy, accidents.statisticsDimensions(), "accidents");
        return accidents.statistics(filter, groupBy, Callers.of(context));
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
