package org.creditgraph.api.listing;

import graphql.GraphQLContext;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.ListedParty;
import org.creditgraph.model.Listing;
import org.creditgraph.model.store.ListingStore;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ListedParty.listing}: the listing that names a party linked to no node. */
@Controller
public class ListedPartyController {

    private final ListingStore listings;

    public ListedPartyController(ListingStore listings) {
        this.listings = listings;
    }

    @SchemaMapping(typeName = "ListedParty", field = "listing")
    public Listing listing(ListedParty party, GraphQLContext context) {
        return listings.byKeys(java.util.List.of(party.listingKey()), Callers.of(context))
                .get(party.listingKey());
    }
}
