package org.creditgraph.api.authority;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.Connections;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Authority;
import org.creditgraph.model.store.AuthorityStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.PenaltyStore;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** An authority by USCC and its decisions: penalties (D6 as everywhere) and listings, batched per level. */
@Controller
public class AuthorityController {

    static final String PENALTIES = "authorityPenalties";
    static final String LISTINGS = "authorityListings";

    /** One authority's connection with its arguments: the data loader key. */
    record PageKey(String uscc, PenaltyStore.Filter filter, PageRequest page) {}

    private final AuthorityStore authorities;

    public AuthorityController(
            BatchLoaderRegistry registry, AuthorityStore authorities, PenaltyStore penalties, ListingStore listings) {
        this.authorities = authorities;
        registry.<PageKey, Map<String, Object>>forName(PENALTIES)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Connections.batch(
                        keys,
                        PageKey::uscc,
                        k -> new PageKey(null, k.filter(), k.page()),
                        (group, usccs) -> penalties.ofAuthorities(
                                usccs, group.filter(), group.page(), Callers.of(env.getContext())))));
        registry.<PageKey, Map<String, Object>>forName(LISTINGS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Connections.batch(
                        keys,
                        PageKey::uscc,
                        PageKey::page,
                        (page, usccs) -> listings.ofAuthorities(usccs, page, Callers.of(env.getContext())))));
    }

    @QueryMapping
    public Authority authority(@Argument String uscc) {
        if (uscc == null || uscc.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "uscc must not be empty");
        }
        String code = uscc.strip().toUpperCase(java.util.Locale.ROOT);
        return authorities.byUsccs(List.of(code)).get(code);
    }

    /** An authority known only by name (a listing without the authority's code) gets an id from its name. */
    @SchemaMapping(typeName = "Authority", field = "id")
    public String id(Authority authority) {
        return GlobalId.of(
                GlobalId.Type.Authority, authority.uscc() != null ? authority.uscc() : "name:" + authority.name());
    }

    @SchemaMapping(typeName = "Authority", field = "penalties")
    public CompletableFuture<Map<String, Object>> penalties(
            Authority authority,
            @Argument PenaltyStore.Filter filter,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(PENALTIES);
        return loader.load(new PageKey(key(authority), filter, Connections.request(first, after, env)));
    }

    @SchemaMapping(typeName = "Authority", field = "listings")
    public CompletableFuture<Map<String, Object>> listings(
            Authority authority, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(LISTINGS);
        return loader.load(new PageKey(key(authority), null, Connections.request(first, after, env)));
    }

    private static String key(Authority authority) {
        return authority.uscc() == null ? "" : authority.uscc();
    }
}
