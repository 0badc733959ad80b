package org.creditgraph.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.Graph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process (JMH) cost of the two halves of a sanction check (architecture: fetch evidence in
 * Cypher, decide in pure Java): the D7 evidence fetch through the driver against the served
 * database, and the pure decision over evidence already fetched. System properties
 * {@code bench.bolt} and {@code bench.enterprises} (the generated enterprises.csv) point it at a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {

    private static final int EVIDENCE_SAMPLE = 2_000;

    private Driver driver;
    private CheckEvidenceStore store;
    private String[] usccs;
    private List<CheckEvidence> evidence;
    private List<MeasureDef> catalogue;
    private LocalDate asOf;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        driver = GraphDatabase.driver(
                System.getProperty("bench.bolt", "bolt://127.0.0.1:17687"),
                AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(128).build());
        store = new CheckEvidenceStore(new Graph(driver));
        usccs = CheckDriver.readEnterprises(Path.of(System.getProperty("bench.enterprises"))).stream()
                .map(e -> e[0])
                .toArray(String[]::new);
        asOf = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        catalogue = store.catalogue();
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < EVIDENCE_SAMPLE; i++) {
            sample.add(usccs[ThreadLocalRandom.current().nextInt(usccs.length)]);
        }
        Map<String, CheckEvidence> fetched = store.enterprises(sample, asOf, Measure.EXPOSURE_DEPTH);
        evidence = new ArrayList<>(fetched.values());
    }

    @TearDown(Level.Trial)
    public void close() {
        driver.close();
    }

    @Benchmark
    public Map<String, CheckEvidence> evidenceFetch() {
        String uscc = usccs[ThreadLocalRandom.current().nextInt(usccs.length)];
        return store.enterprises(List.of(uscc), asOf, Measure.EXPOSURE_DEPTH);
    }

    @Benchmark
    public CheckResult decision() {
        CheckEvidence e = evidence.get(ThreadLocalRandom.current().nextInt(evidence.size()));
        return SanctionDecision.decide(e, SanctionDomain.FINANCING, asOf, catalogue, Measure.EXPOSURE_DEPTH);
    }
}
