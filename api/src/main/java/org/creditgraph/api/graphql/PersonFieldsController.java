package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Person;
import org.creditgraph.model.Responsibility;
import org.creditgraph.model.rules.PrincipalBan;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.PersonStore;
import org.creditgraph.model.store.ResponsibilityStore;
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
    static final String PENALTIES = "personPenalties";

    /** One person's connection with its paging arguments: the data loader key. */
    record PageKey(String id, PageRequest page) {}

    private final PersonStore persons;
    private final ResponsibilityStore responsibilities;

    public PersonFieldsController(
            BatchLoaderRegistry registry,
            PersonStore persons,
            ListingStore listings,
            PenaltyStore penalties,
            ResponsibilityStore responsibilities) {
        this.persons = persons;
        this.responsibilities = responsibilities;
        registry.<PageKey, Map<String, Object>>forName(LISTINGS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Connections.batch(
                        keys,
                        PageKey::id,
                        PageKey::page,
                        (page, ids) -> listings.ofPersons(ids, page, Callers.of(env.getContext())))));
        registry.<PageKey, Map<String, Object>>forName(PENALTIES)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Connections.batch(
                        keys,
                        PageKey::id,
                        PageKey::page,
                        (page, ids) -> penalties.ofPersons(ids, page, Callers.of(env.getContext())))));
    }

    @SchemaMapping(typeName = "Person", field = "listings")
    public CompletableFuture<Map<String, Object>> listings(
            Person person, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(LISTINGS);
        return loader.load(new PageKey(person.id(), Connections.request(first, after, env)));
    }

    /** D6 as on Query.penalties; the party's name masked for PUBLIC (D12). */
    @SchemaMapping(typeName = "Person", field = "penalties")
    public CompletableFuture<Map<String, Object>> penalties(
            Person person, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(PENALTIES);
        return loader.load(new PageKey(person.id(), Connections.request(first, after, env)));
    }

    @BatchMapping(typeName = "Person", field = "responsibilities")
    public Map<Person, List<Responsibility>> responsibilities(List<Person> people, GraphQLContext context) {
        return byPerson(people, responsibilities.ofPersons(ids(people), Callers.of(context)));
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
