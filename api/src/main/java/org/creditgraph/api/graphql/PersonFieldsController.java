package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Person;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.PrincipalBan;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.PersonStore;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The nested fields of {@code Person} for the person profile, batched: one query per field and
 * level, however many persons the level holds. Persons are keyed by their opaque id only (D12).
 */
@Controller
public class PersonFieldsController {

    static final String LISTINGS = "personListings";

    /** One person's listings connection with its paging arguments: the data loader key. */
    record PageKey(String id, PageRequest page) {}

    private final PersonStore persons;

    public PersonFieldsController(BatchLoaderRegistry registry, PersonStore persons, ListingStore listings) {
        this.persons = persons;
        registry.<PageKey, Map<String, Object>>forName(LISTINGS)
                .registerMappedBatchLoader(
                        (keys, env) -> Mono.fromCallable(() -> listings(keys, listings, Callers.of(env.getContext()))));
    }

    private static Map<PageKey, Map<String, Object>> listings(Set<PageKey> keys, ListingStore store, Viewer viewer) {
        Map<PageRequest, List<String>> byPage = new LinkedHashMap<>();
        for (PageKey key : keys) {
            byPage.computeIfAbsent(key.page(), p -> new ArrayList<>()).add(key.id());
        }
        Map<PageKey, Map<String, Object>> result = new HashMap<>();
        byPage.forEach((page, ids) -> store.ofPersons(ids, page, viewer)
                .forEach((id, connection) -> result.put(new PageKey(id, page), Connections.of(connection))));
        return result;
    }

    @SchemaMapping(typeName = "Person", field = "listings")
    public CompletableFuture<Map<String, Object>> listings(
            Person person, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(LISTINGS);
        return loader.load(new PageKey(person.id(), PageRequest.of(first, after)));
    }

    @BatchMapping(typeName = "Person", field = "roles")
    public Map<Person, List<PersonStore.PersonRole>> roles(List<Person> people) {
        return byPerson(people, persons.rolesOf(ids(people)));
    }

    @BatchMapping(typeName = "Person", field = "investments")
    public Map<Person, List<PersonStore.Investment>> investments(List<Person> people, GraphQLContext context) {
        return byPerson(people, persons.investmentsOfPersons(ids(people), Callers.of(context)));
    }

    @BatchMapping(typeName = "Person", field = "bans")
    public Map<Person, List<PrincipalBan.Ban>> bans(List<Person> people) {
        return byPerson(people, persons.bansOf(ids(people)));
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).distinct().toList();
    }

    private static <T> Map<Person, List<T>> byPerson(List<Person> people, Map<String, List<T>> byId) {
        Map<Person, List<T>> result = new LinkedHashMap<>();
        for (Person p : people) {
            result.put(p, byId.getOrDefault(p.id(), List.of()));
        }
        return result;
    }
}
