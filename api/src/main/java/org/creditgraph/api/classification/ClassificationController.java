package org.creditgraph.api.classification;

import org.creditgraph.model.Accident;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.matching.Regions;
import org.creditgraph.model.rules.Industry;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Names beside codes: regions (GB/T 2260) and industries (GB/T 4754-2017) from the shipped tables. */
@Controller
public class ClassificationController {

    private final Regions regions = Regions.standard();

    @SchemaMapping(typeName = "Enterprise", field = "regionName")
    public String regionName(Enterprise enterprise) {
        return regions.nameOf(enterprise.regionCode()).orElse(null);
    }

    @SchemaMapping(typeName = "Enterprise", field = "industryName")
    public String industryName(Enterprise enterprise) {
        return Industry.name(enterprise.industryCode()).orElse(null);
    }

    @SchemaMapping(typeName = "Accident", field = "regionName")
    public String regionName(Accident accident) {
        return regions.nameOf(accident.regionCode()).orElse(null);
    }

    @SchemaMapping(typeName = "Accident", field = "industryName")
    public String industryName(Accident accident) {
        return Industry.name(accident.industryCode()).orElse(null);
    }
}
