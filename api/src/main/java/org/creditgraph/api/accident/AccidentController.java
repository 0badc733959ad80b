package org.creditgraph.api.accident;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.graphql.Links;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Listing;
import org.creditgraph.model.Responsibility;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.ResponsibilityStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * One accident by number and the links of every accident: who was held responsible (事故责任) and
 * the listings based on it; a responsibility leads back to its accident.
 */
@Controller
public class AccidentController {

    private final AccidentStore accidents;
    private final ListingStore listings;
    private final ResponsibilityStore responsibilities;

    public AccidentController(AccidentStore accidents, ListingStore listings, ResponsibilityStore responsibilities) {
        this.accidents = accidents;
        this.listings = listings;
        this.responsibilities = responsibilities;
    }

    @QueryMapping
    public Accident accident(@Argument String accidentNumber, GraphQLContext context) {
        if (accidentNumber == null || accidentNumber.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "accidentNumber must not be empty");
        }
        String number = accidentNumber.strip();
        return accidents.byNumbers(List.of(number), Callers.of(context)).get(number);
    }

    @SchemaMapping(typeName = "Accident", field = "id")
    public String id(Accident accident) {
        return GlobalId.of(GlobalId.Type.Accident, accident.accidentNumber());
    }

    @BatchMapping(typeName = "Accident", field = "responsibilities")
    public Map<Accident, List<Responsibility>> responsibilities(List<Accident> page, GraphQLContext context) {
        return Links.byRecord(
                page,
                Accident::accidentNumber,
                responsibilities.ofAccidents(Links.keys(page, Accident::accidentNumber), Callers.of(context)),
                List.of());
    }

    @BatchMapping(typeName = "Accident", field = "listings")
    public Map<Accident, List<Listing>> listings(List<Accident> page, GraphQLContext context) {
        return Links.byRecord(
                page,
                Accident::accidentNumber,
                listings.basedOn("Accident", Links.keys(page, Accident::accidentNumber), Callers.of(context)),
                List.of());
    }

    @SchemaMapping(typeName = "Responsibility", field = "id")
    public String id(Responsibility responsibility) {
        return GlobalId.of(GlobalId.Type.Responsibility, responsibility.key());
    }

    @SchemaMapping(typeName = "Responsibility", field = "partyName")
    public String partyName(Responsibility responsibility) {
        return responsibility.party().name();
    }

    @BatchMapping(typeName = "Responsibility", field = "accident")
    public Map<Responsibility, Accident> accident(List<Responsibility> page, GraphQLContext context) {
        return Links.byRecord(
                page,
                Responsibility::accidentNumber,
                accidents.byNumbers(Links.keys(page, Responsibility::accidentNumber), Callers.of(context)),
                null);
    }
}
