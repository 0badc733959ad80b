package org.creditgraph.api.correction;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.CorrectionStore;
import org.creditgraph.model.store.CorrectionStore.Correction;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Corrections through the API (issue 7): the three ADMIN mutations and the {@code corrections} audit trail. */
@Controller
public class CorrectionController {

    /** GraphQL {@code Correction}. */
    public record CorrectionView(
            String id,
            String kind,
            String targetKey,
            LocalDate effectiveOn,
            String reason,
            String by,
            String at,
            List<String> changes,
            String dataVersion,
            List<String> subjectIds,
            Long eventsRecorded) {

        static CorrectionView of(Correction c, Long eventsRecorded) {
            return new CorrectionView(
                    c.id(),
                    c.kind(),
                    c.targetKey(),
                    c.effectiveOn(),
                    c.reason(),
                    c.by(),
                    c.at().toOffsetDateTime().toString(),
                    c.changes(),
                    c.dataVersion(),
                    c.subjectIds(),
                    eventsRecorded);
        }

        static CorrectionView of(CorrectionService.Outcome o) {
            return of(o.correction(), o.eventsRecorded());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Stores {
        @Bean
        CorrectionStore correctionStore(Graph graph) {
            return new CorrectionStore(graph);
        }
    }

    private final CorrectionService service;
    private final PenaltyStore penalties;

    public CorrectionController(CorrectionService service, PenaltyStore penalties) {
        this.service = service;
        this.penalties = penalties;
    }

    @MutationMapping
    public CorrectionView removeListingEarly(
            @Argument String listingId,
            @Argument LocalDate removedOn,
            @Argument String reason,
            GraphQLContext context) {
        return CorrectionView.of(service.removeListingEarly(listingId, removedOn, reason, Callers.of(context)));
    }

    @MutationMapping
    public CorrectionView restoreListing(
            @Argument String listingId,
            @Argument LocalDate restoredOn,
            @Argument String reason,
            GraphQLContext context) {
        return CorrectionView.of(service.restoreListing(listingId, restoredOn, reason, Callers.of(context)));
    }

    @MutationMapping
    public CorrectionView annulPenalty(
            @Argument String penaltyId,
            @Argument LocalDate annulledOn,
            @Argument String reason,
            GraphQLContext context) {
        return CorrectionView.of(service.annulPenalty(penaltyId, annulledOn, reason, Callers.of(context)));
    }

    /** D6 credit repair (信用修复): audited as a correction, watchers told; answers the penalty as it is now. */
    @MutationMapping
    public Penalty repairPenalty(
            @Argument String key, @Argument LocalDate repairedOn, @Argument String reason, GraphQLContext context) {
        Viewer viewer = Callers.of(context);
        service.repairPenalty(key, repairedOn, reason, viewer);
        return penalties.byKeys(List.of(key.strip()), viewer).get(key.strip());
    }

    @QueryMapping
    public List<CorrectionView> corrections(
            @Argument String targetKey, @Argument Integer first, GraphQLContext context) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > 100) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "first must be between 0 and 100");
        }
        return service.recent(targetKey, size, Callers.of(context)).stream()
                .map(c -> CorrectionView.of(c, null))
                .toList();
    }
}
