package org.creditgraph.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.Map;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Listing;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code penalties}, {@code accidents} and {@code listings}: filtered Relay connections (D6, D12 in the stores). */
@Controller
public class RecordsController {

    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final ListingStore listings;

    public RecordsController(PenaltyStore penalties, AccidentStore accidents, ListingStore listings) {
        this.penalties = penalties;
        this.accidents = accidents;
        this.listings = listings;
    }

    @QueryMapping
    public Map<String, Object> penalties(
            @Argument PenaltyStore.Filter filter,
            @Argument PenaltyStore.Order orderBy,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return Connections.of(penalties.find(
                filter, orderBy, Connections.request(first, after, env), Callers.of(env.getGraphQlContext())));
    }

    @QueryMapping
    public Map<String, Object> accidents(
            @Argument AccidentStore.Filter filter,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return Connections.of(
                accidents.find(filter, Connections.request(first, after, env), Callers.of(env.getGraphQlContext())));
    }

    @QueryMapping
    public Map<String, Object> listings(
            @Argument ListingStore.Filter filter,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return Connections.of(
                listings.find(filter, Connections.request(first, after, env), Callers.of(env.getGraphQlContext())));
    }

    /** D3: in force on asOf, today in Asia/Shanghai by default. */
    @SchemaMapping(typeName = "Listing", field = "inForce")
    public boolean inForce(Listing listing, @Argument LocalDate asOf) {
        return listing.inForce(asOf == null ? LocalDate.now(PenaltyStore.ZONE) : asOf);
    }
}
