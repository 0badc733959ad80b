package org.creditgraph.api.penalty;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.graphql.Links;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Listing;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Subject;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** One penalty by key and the links of every penalty: its party as a node, the listings based on it. */
@Controller
public class PenaltyController {

    private final PenaltyStore penalties;
    private final ListingStore listings;

    public PenaltyController(PenaltyStore penalties, ListingStore listings) {
        this.penalties = penalties;
        this.listings = listings;
    }

    /** D6: null for PUBLIC outside the publicity window, as if unknown. */
    @QueryMapping
    public Penalty penalty(@Argument String key, GraphQLContext context) {
        if (key == null || key.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "key must not be empty");
        }
        return penalties.byKeys(List.of(key.strip()), Callers.of(context)).get(key.strip());
    }

    @SchemaMapping(typeName = "Penalty", field = "id")
    public String id(Penalty penalty) {
        return GlobalId.of(GlobalId.Type.Penalty, penalty.key());
    }

    @BatchMapping(typeName = "Penalty", field = "subject")
    public Map<Penalty, Subject> subject(List<Penalty> page, GraphQLContext context) {
        Map<String, Subject> byKey = penalties.parties(Links.keys(page, Penalty::key), Callers.of(context));
        return Links.byRecord(page, Penalty::key, byKey, null);
    }

    @BatchMapping(typeName = "Penalty", field = "listings")
    public Map<Penalty, List<Listing>> listings(List<Penalty> page, GraphQLContext context) {
        Map<String, List<Listing>> byKey =
                listings.basedOn("Penalty", Links.keys(page, Penalty::key), Callers.of(context));
        return Links.byRecord(page, Penalty::key, byKey, List.of());
    }
}
