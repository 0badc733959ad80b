package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Responsibility;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.GradeFact;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.CreditGradeStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.Page;
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
 * The nested fields of {@code Enterprise}, batched: one query per field and level, however many
 * enterprises the level holds. The connections take {@code first}/{@code after}, which apply to each
 * enterprise; their data loaders group the enterprises by those arguments.
 */
@Controller
public class EnterpriseFieldsController {

    static final String PENALTIES = "enterprisePenalties";
    static final String ACCIDENTS = "enterpriseAccidents";
    static final String LISTINGS = "enterpriseListings";

    /** A page of each enterprise's records, as the viewer may see them (D6, D12). */
    @FunctionalInterface
    interface Loader<T> {
        Map<String, Page<T>> page(List<String> usccs, PageRequest page, Viewer viewer);
    }

    /** One enterprise's connection with its paging arguments: the data loader key. */
    record PageKey(String uscc, PageRequest page) {}

    private final PersonStore persons;
    private final CreditGradeStore grades;
    private final ResponsibilityStore responsibilities;

    public EnterpriseFieldsController(
            BatchLoaderRegistry registry,
            PenaltyStore penalties,
            AccidentStore accidents,
            ListingStore listings,
            PersonStore persons,
            CreditGradeStore grades,
            ResponsibilityStore responsibilities) {
        this.persons = persons;
        this.grades = grades;
        this.responsibilities = responsibilities;
        register(registry, PENALTIES, penalties::ofEnterprises);
        register(registry, ACCIDENTS, accidents::ofEnterprises);
        register(registry, LISTINGS, listings::ofEnterprises);
    }

    private static <T> void register(BatchLoaderRegistry registry, String name, Loader<T> load) {
        registry.<PageKey, Map<String, Object>>forName(name)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Connections.batch(
                        keys,
                        PageKey::uscc,
                        PageKey::page,
                        (page, usccs) -> load.page(usccs, page, Callers.of(env.getContext())))));
    }

    private static CompletableFuture<Map<String, Object>> load(
            DataFetchingEnvironment env, String name, Enterprise enterprise, Integer first, String after) {
        DataLoader<PageKey, Map<String, Object>> loader = env.getDataLoader(name);
        return loader.load(new PageKey(enterprise.uscc(), Connections.request(first, after, env)));
    }

    @SchemaMapping(typeName = "Enterprise", field = "penalties")
    public CompletableFuture<Map<String, Object>> penalties(
            Enterprise enterprise, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return load(env, PENALTIES, enterprise, first, after);
    }

    @SchemaMapping(typeName = "Enterprise", field = "accidents")
    public CompletableFuture<Map<String, Object>> accidents(
            Enterprise enterprise, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return load(env, ACCIDENTS, enterprise, first, after);
    }

    @SchemaMapping(typeName = "Enterprise", field = "listings")
    public CompletableFuture<Map<String, Object>> listings(
            Enterprise enterprise, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return load(env, LISTINGS, enterprise, first, after);
    }

    @BatchMapping(typeName = "Enterprise", field = "roles")
    public Map<Enterprise, List<PersonStore.Role>> roles(List<Enterprise> enterprises, GraphQLContext context) {
        Map<String, List<PersonStore.Role>> byUscc = persons.rolesIn(usccs(enterprises), Callers.of(context));
        return byEnterprise(enterprises, byUscc);
    }

    @BatchMapping(typeName = "Enterprise", field = "investors")
    public Map<Enterprise, List<PersonStore.Investment>> investors(
            List<Enterprise> enterprises, GraphQLContext context) {
        return byEnterprise(enterprises, persons.investorsOf(usccs(enterprises), Callers.of(context)));
    }

    @BatchMapping(typeName = "Enterprise", field = "investments")
    public Map<Enterprise, List<PersonStore.Investment>> investments(
            List<Enterprise> enterprises, GraphQLContext context) {
        return byEnterprise(enterprises, persons.investmentsOf(usccs(enterprises), Callers.of(context)));
    }

    @BatchMapping(typeName = "Enterprise", field = "responsibilities")
    public Map<Enterprise, List<Responsibility>> responsibilities(
            List<Enterprise> enterprises, GraphQLContext context) {
        return byEnterprise(enterprises, responsibilities.ofEnterprises(usccs(enterprises), Callers.of(context)));
    }

    @BatchMapping(typeName = "Enterprise", field = "creditGrades")
    public Map<Enterprise, List<GradeFact>> creditGrades(List<Enterprise> enterprises) {
        return byEnterprise(enterprises, grades.ofEnterprises(usccs(enterprises)));
    }

    private static List<String> usccs(List<Enterprise> enterprises) {
        return enterprises.stream().map(Enterprise::uscc).distinct().toList();
    }

    private static <T> Map<Enterprise, List<T>> byEnterprise(
            List<Enterprise> enterprises, Map<String, List<T>> byUscc) {
        Map<Enterprise, List<T>> result = new LinkedHashMap<>();
        for (Enterprise e : enterprises) {
            result.put(e, byUscc.getOrDefault(e.uscc(), List.of()));
        }
        return result;
    }
}
