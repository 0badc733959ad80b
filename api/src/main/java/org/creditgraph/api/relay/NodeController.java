package org.creditgraph.api.relay;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.AuthorityStore;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.HazardStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.PersonStore;
import org.creditgraph.model.store.ResponsibilityStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)} and {@code nodes(ids)}: any record by its Relay id, read through the same
 * stores as every other path, so D6 (a hidden penalty is null for PUBLIC) and D12 (persons
 * masked) hold here too. One query per record type, however many ids.
 */
@Controller
public class NodeController {

    static final int MAX_IDS = 100;

    private final Map<GlobalId.Type, BiFunction<Collection<String>, Viewer, Map<String, ?>>> readers =
            new EnumMap<>(GlobalId.Type.class);

    public NodeController(
            EnterpriseStore enterprises,
            PersonStore persons,
            PenaltyStore penalties,
            AccidentStore accidents,
            ListingStore listings,
            AuthorityStore authorities,
            ResponsibilityStore responsibilities,
            HazardStore hazards,
            org.creditgraph.model.store.SubjectResolver subjects) {
        readers.put(GlobalId.Type.Enterprise, (keys, viewer) -> enterprises.byUsccs(keys));
        readers.put(GlobalId.Type.Person, persons::byIds);
        readers.put(GlobalId.Type.Penalty, penalties::byKeys);
        readers.put(GlobalId.Type.Accident, accidents::byNumbers);
        readers.put(GlobalId.Type.Listing, listings::byKeys);
        readers.put(GlobalId.Type.Authority, (keys, viewer) -> authorities.byUsccs(keys));
        readers.put(GlobalId.Type.Responsibility, responsibilities::byKeys);
        readers.put(GlobalId.Type.Hazard, (keys, viewer) -> hazards.byNumbers(keys));
        readers.put(GlobalId.Type.ListedParty, (keys, viewer) -> subjects.listedParties(keys).entrySet().stream()
                .filter(e -> viewer.isPublic() ? e.getValue().kind() != org.creditgraph.model.SubjectKind.PERSON : true)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @QueryMapping
    public Object node(@Argument String id, GraphQLContext context) {
        return read(List.of(id), Callers.of(context)).getFirst();
    }

    @QueryMapping
    public List<Object> nodes(@Argument List<String> ids, GraphQLContext context) {
        if (ids.size() > MAX_IDS) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "at most " + MAX_IDS + " ids per nodes call, got " + ids.size());
        }
        return read(ids, Callers.of(context));
    }

    private List<Object> read(List<String> ids, Viewer viewer) {
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        Map<GlobalId.Type, Set<String>> byType = new EnumMap<>(GlobalId.Type.class);
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new ApiException(ErrorCode.BAD_USER_INPUT, "id must not be empty");
            }
            GlobalId g = GlobalId.parse(id);
            parsed.add(g);
            byType.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(g.key());
        }
        Map<GlobalId.Type, Map<String, ?>> found = new EnumMap<>(GlobalId.Type.class);
        byType.forEach((type, keys) -> found.put(type, readers.get(type).apply(keys, viewer)));
        List<Object> nodes = new ArrayList<>(ids.size());
        for (GlobalId g : parsed) {
            nodes.add(found.get(g.type()).get(g.key()));
        }
        return nodes;
    }
}
