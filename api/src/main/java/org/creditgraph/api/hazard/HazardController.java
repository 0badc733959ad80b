package org.creditgraph.api.hazard;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.Connections;
import org.creditgraph.api.graphql.Links;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Hazard;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.HazardStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Hazards under supervision (D13): the connection, an enterprise's hazards, open and overdue on a date. */
@Controller
public class HazardController {

    private final HazardStore hazards;
    private final EnterpriseStore enterprises;

    public HazardController(HazardStore hazards, EnterpriseStore enterprises) {
        this.hazards = hazards;
        this.enterprises = enterprises;
    }

    @QueryMapping
    public Map<String, Object> hazards(
            @Argument HazardStore.Filter filter,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return Connections.of(hazards.find(filter, Connections.request(first, after, env)));
    }

    @SchemaMapping(typeName = "Hazard", field = "id")
    public String id(Hazard hazard) {
        return GlobalId.of(GlobalId.Type.Hazard, hazard.hazardNumber());
    }

    @SchemaMapping(typeName = "Hazard", field = "open")
    public boolean open(Hazard hazard, @Argument LocalDate asOf) {
        return hazard.open(asOf == null ? LocalDate.now(PenaltyStore.ZONE) : asOf);
    }

    @SchemaMapping(typeName = "Hazard", field = "overdue")
    public boolean overdue(Hazard hazard, @Argument LocalDate asOf) {
        return hazard.overdue(asOf == null ? LocalDate.now(PenaltyStore.ZONE) : asOf);
    }

    @BatchMapping(typeName = "Hazard", field = "enterprise")
    public Map<Hazard, Enterprise> enterprise(List<Hazard> page) {
        List<String> usccs = page.stream()
                .map(Hazard::enterpriseUscc)
                .filter(u -> u != null)
                .distinct()
                .toList();
        return Links.byRecord(
                page, h -> h.enterpriseUscc() == null ? "" : h.enterpriseUscc(), enterprises.byUsccs(usccs), null);
    }

    @BatchMapping(typeName = "Enterprise", field = "hazards")
    public Map<Enterprise, List<Hazard>> ofEnterprises(List<Enterprise> page) {
        return Links.byRecord(
                page, Enterprise::uscc, hazards.ofEnterprises(Links.keys(page, Enterprise::uscc)), List.of());
    }
}
