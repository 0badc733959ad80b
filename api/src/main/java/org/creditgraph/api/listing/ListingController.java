package org.creditgraph.api.listing;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.graphql.Links;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Authority;
import org.creditgraph.model.Listing;
import org.creditgraph.model.ListingStatus;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Subject;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.AuthorityStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** One listing by key and the links of every listing: its subject, the records it is based on, its authority. */
@Controller
public class ListingController {

    private final ListingStore listings;
    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final AuthorityStore authorities;

    public ListingController(
            ListingStore listings, PenaltyStore penalties, AccidentStore accidents, AuthorityStore authorities) {
        this.listings = listings;
        this.penalties = penalties;
        this.accidents = accidents;
        this.authorities = authorities;
    }

    @QueryMapping
    public Listing listing(@Argument String key, GraphQLContext context) {
        if (key == null || key.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "key must not be empty");
        }
        return listings.byKeys(List.of(key.strip()), Callers.of(context)).get(key.strip());
    }

    /** A list regime as the API shows it (D3: the regimes are data). */
    public record ListRegime(
            String code,
            String name,
            String nameEn,
            String effect,
            String reason,
            String defaultPeriod,
            List<String> subjectKinds,
            String legalSource) {}

    @QueryMapping
    public List<ListRegime> regimes() {
        return ListingRegime.values().stream()
                .map(r -> new ListRegime(
                        r.name(),
                        r.zh(),
                        r.en(),
                        r.effect().name(),
                        r.reason(),
                        r.defaultPeriod() == null ? null : r.defaultPeriod().toString(),
                        r.subjectKinds().stream().map(Enum::name).toList(),
                        r.legalSource()))
                .toList();
    }

    /** D3: in force, expired or removed on asOf, today in Asia/Shanghai by default. */
    @SchemaMapping(typeName = "Listing", field = "status")
    public ListingStatus status(Listing listing, @Argument LocalDate asOf) {
        return listing.status(asOf == null ? LocalDate.now(PenaltyStore.ZONE) : asOf)
                .orElse(null);
    }

    @SchemaMapping(typeName = "Listing", field = "endsOn")
    public LocalDate endsOn(Listing listing) {
        return listing.endsOn();
    }

    @SchemaMapping(typeName = "Listing", field = "id")
    public String id(Listing listing) {
        return GlobalId.of(GlobalId.Type.Listing, listing.key());
    }

    @BatchMapping(typeName = "Listing", field = "subject")
    public Map<Listing, Subject> subject(List<Listing> page, GraphQLContext context) {
        return Links.byRecord(
                page, Listing::key, listings.subjects(Links.keys(page, Listing::key), Callers.of(context)), null);
    }

    /** D6: a basis decision outside its publicity window reaches PUBLIC only as the listing cites it. */
    @BatchMapping(typeName = "Listing", field = "basisPenalties")
    public Map<Listing, List<Penalty>> basisPenalties(List<Listing> page, GraphQLContext context) {
        return Links.byRecord(
                page,
                Listing::key,
                penalties.basisOfListings(Links.keys(page, Listing::key), Callers.of(context)),
                List.of());
    }

    @BatchMapping(typeName = "Listing", field = "basisAccidents")
    public Map<Listing, List<Accident>> basisAccidents(List<Listing> page, GraphQLContext context) {
        return Links.byRecord(
                page,
                Listing::key,
                accidents.basisOfListings(Links.keys(page, Listing::key), Callers.of(context)),
                List.of());
    }

    @BatchMapping(typeName = "Listing", field = "authority")
    public Map<Listing, Authority> authority(List<Listing> page) {
        List<String> usccs = page.stream()
                .map(Listing::authorityUscc)
                .filter(u -> u != null && !u.isBlank())
                .distinct()
                .toList();
        Map<String, Authority> byUscc = authorities.byUsccs(usccs);
        return Links.byRecord(page, l -> l.authorityUscc() == null ? "" : l.authorityUscc(), byUscc, null);
    }
}
