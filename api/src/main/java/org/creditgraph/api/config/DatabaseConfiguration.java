package org.creditgraph.api.config;

import java.util.concurrent.TimeUnit;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.resilience.ResilienceProperties;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.creditgraph.loaders.catalogue.IncentiveCatalogue;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.AuditStore;
import org.creditgraph.model.store.AuthorityStore;
import org.creditgraph.model.store.ChangeFeedStore;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.CreditGradeStore;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.HazardStore;
import org.creditgraph.model.store.ListingCandidateStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.LoadRunStore;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.PersonStore;
import org.creditgraph.model.store.ResponsibilityStore;
import org.creditgraph.model.store.SchemaMigrations;
import org.creditgraph.model.store.SubjectResolver;
import org.creditgraph.model.store.SubjectSearch;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an embedded Neo4j with Bolt on loopback unless {@code NEO4J_URI} names an external
 * server or cluster. Either way the application talks to it through the Java driver.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Whether the data dir had no database before this start (the demo data set goes into such a dir). */
    public record FreshDataDir(boolean fresh) {}

    @Bean
    FreshDataDir freshDataDir(CreditGraphProperties properties) {
        return new FreshDataDir(properties.embedded()
                && EmbeddedNeo4jEarlyStart.peek(properties)
                        .orElseGet(() -> EmbeddedNeo4jEarlyStart.begin(properties))
                        .freshDataDir());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${creditgraph.neo4j-uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(CreditGraphProperties properties, FreshDataDir decidedBeforeTheStart) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4jEarlyStart.await(EmbeddedNeo4jEarlyStart.take(properties));
        log.info("Embedded Neo4j on {} (data dir {})", neo4j.boltUri(), neo4j.dataDir());
        return neo4j;
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(
            CreditGraphProperties properties, ResilienceProperties resilience, ObjectProvider<EmbeddedNeo4j> embedded) {
        Driver driver;
        if (properties.embedded()) {
            driver = GraphDatabase.driver(embedded.getObject().boltUri(), AuthTokens.none(), driverConfig(resilience));
        } else {
            var auth = properties.neo4jUsername() == null
                            || properties.neo4jUsername().isBlank()
                    ? AuthTokens.none()
                    : AuthTokens.basic(properties.neo4jUsername(), properties.neo4jPassword());
            driver = GraphDatabase.driver(properties.neo4jUri(), auth, driverConfig(resilience));
        }
        driver.verifyConnectivity();
        SchemaMigrations.apply(driver);
        return driver;
    }

    /**
     * Bounded waits for a connection. The driver's own transaction retry is off (max retry time 0):
     * {@link DatabaseGuard} retries instead, within the time an UNAVAILABLE answer is promised in,
     * and never re-runs a write whose commit may have happened.
     */
    static Config driverConfig(ResilienceProperties resilience) {
        return Config.builder()
                .withConnectionTimeout(resilience.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(
                        resilience.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean
    PersonIdentity personIdentity(CreditGraphProperties properties, FreshDataDir freshnessDecidedFirst) {
        return PersonIdentity.fromEnvironmentOr(properties.dataDir());
    }

    /** The graph, with the demo data set loaded into a new data dir before any request is served. */
    @Bean
    Graph graph(
            Driver driver,
            DatabaseGuard guard,
            CreditGraphProperties properties,
            FreshDataDir fresh,
            PersonIdentity identity) {
        Graph graph = new Graph(driver, guard);
        new LoadRunStore(graph).checkIdentityFingerprint(identity.fingerprint());
        MeasureCatalogue.load(graph);
        IncentiveCatalogue.load(graph);
        if (DemoData.wanted(properties, fresh.fresh())) {
            DemoData.load(graph, identity);
        }
        return graph;
    }

    @Bean
    EnterpriseStore enterpriseStore(Graph graph) {
        return new EnterpriseStore(graph);
    }

    @Bean
    SubjectResolver subjectResolver(Graph graph) {
        return new SubjectResolver(graph);
    }

    @Bean
    CreditGradeStore creditGradeStore(Graph graph) {
        return new CreditGradeStore(graph);
    }

    @Bean
    CheckEvidenceStore checkEvidenceStore(Graph graph) {
        return new CheckEvidenceStore(graph);
    }

    @Bean
    ListingCandidateStore listingCandidateStore(Graph graph, CheckEvidenceStore evidence) {
        return new ListingCandidateStore(graph, evidence);
    }

    @Bean
    LoadRunStore loadRunStore(Graph graph) {
        return new LoadRunStore(graph);
    }

    @Bean
    SubjectSearch subjectSearch(Graph graph) {
        return new SubjectSearch(graph);
    }

    @Bean
    PenaltyStore penaltyStore(Graph graph) {
        return new PenaltyStore(graph);
    }

    @Bean
    AccidentStore accidentStore(Graph graph) {
        return new AccidentStore(graph);
    }

    @Bean
    MatchStore matchStore(Graph graph) {
        return new MatchStore(graph);
    }

    /** Entity matching (issue 9) with the application's clock (decision times). */
    @Bean
    ListingMatcher listingMatcher(MatchStore store, java.time.Clock clock) {
        return new ListingMatcher(store, clock);
    }

    @Bean
    ListingStore listingStore(Graph graph) {
        return new ListingStore(graph);
    }

    @Bean
    ResponsibilityStore responsibilityStore(Graph graph) {
        return new ResponsibilityStore(graph);
    }

    @Bean
    ChangeFeedStore changeFeedStore(Graph graph) {
        return new ChangeFeedStore(graph);
    }

    @Bean
    HazardStore hazardStore(Graph graph) {
        return new HazardStore(graph);
    }

    @Bean
    AuthorityStore authorityStore(Graph graph) {
        return new AuthorityStore(graph);
    }

    @Bean
    PersonStore personStore(Graph graph) {
        return new PersonStore(graph);
    }

    @Bean
    AuditStore auditStore(Graph graph) {
        return new AuditStore(graph);
    }
}
