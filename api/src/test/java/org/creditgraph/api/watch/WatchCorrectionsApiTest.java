package org.creditgraph.api.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.creditgraph.api.CsvFixture;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7: load runs that change no verdict give no event, a real change gives exactly one per
 * subject and domain (also when several runs are pending at once), and corrections through the
 * API (D3 early removal and restoration, D6 annulment) tell watchers of the subject and of what it
 * controls, with an audit trail and a new data version. Change detection is driven by the test
 * (this context's worker is stopped; a worker of another context may do it instead, which the
 * assertions allow).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchCorrectionsApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String PARENT = "91110000600037341L";
    static final String SUBSIDIARY = "91350100M000100Y43";
    static final String PENALISED = "91440300MA5DFLX12J";
    static final String OTHER = "91110108551385082Q";
    static final String AUTHORITY = "11110000000019713H";
    static final LocalDate PARENT_LISTED = TODAY.minusMonths(13);
    static final String PARENT_LISTING = "SERIOUS_DISHONESTY|" + PARENT + "|" + PARENT_LISTED;
    static final String OTHER_LISTING = "SERIOUS_DISHONESTY|" + OTHER + "|" + TODAY.minusDays(5);
    static final String CONCEALMENT = AUTHORITY + "|深应急罚〔2026〕7号";
    static final String ENTERPRISES = "统一社会信用代码,企业名称,行业代码";
    static final String LISTINGS = "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期";
    static final String HOLDER = "watch-corrections-test";

    @TempDir
    static Path dir;

    static Loader loader;
    static String watchlistId;

    @LocalServerPort
    int port;

    @Autowired
    ChangeDetector detector;

    @Autowired
    EventStore events;

    @Autowired
    WatchWorker worker;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/watch-corrections-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "bank-key-Ls9Wv2KhD7qT4gAe=AGENCY@Bank A;admin-key-Pc4Ub8NyF3jX6d=ADMIN@Regulator");
        // outcomes are asserted here, not speed: a busy build machine must not time the checks out
        registry.add("creditgraph.resilience.query-timeout", () -> "120s");
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        loader = new Loader(
                TestGraph.graph(),
                PersonIdentity.fromEnvironmentOr(Path.of("target/watch-corrections-test-data")),
                100);
        CsvFixture.load(
                loader,
                dir,
                Kind.ENTERPRISES,
                ENTERPRISES,
                PARENT + ",北京甲矿业有限公司,B0610",
                SUBSIDIARY + ",福州乙建设有限公司,E4710",
                PENALISED + ",深圳丙材料有限公司,C3311",
                OTHER + ",北京丁化工有限公司,C2611");
        CsvFixture.load(
                loader,
                dir,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                PARENT + ",北京甲矿业有限公司," + SUBSIDIARY + ",60,2020-01-01,");
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                LISTINGS,
                "严重失信主体名单,法人,北京甲矿业有限公司," + PARENT + ",重大事故,,应急管理局," + PARENT_LISTED);
        CsvFixture.load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
                "深圳丙材料有限公司,法人及非法人组织," + PENALISED + ",深应急罚〔2026〕7号,瞒报生产安全事故,罚款,50," + TODAY.minusDays(30) + ",深圳市应急管理局,"
                        + AUTHORITY);
    }

    @BeforeEach
    void stopWorker() {
        worker.stop();
    }

    @AfterEach
    void startWorker() {
        worker.start();
    }

    GraphQlClient bank() {
        return new GraphQlClient(port).with("X-API-Key", "bank-key-Ls9Wv2KhD7qT4gAe");
    }

    GraphQlClient admin() {
        return new GraphQlClient(port).with("X-API-Key", "admin-key-Pc4Ub8NyF3jX6d");
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Change detection for these runs: by this test when it gets the lease, else by the worker holding it. */
    void detectChanges(LoadResult... runs) throws InterruptedException {
        if (events.lease(HOLDER, Duration.ofMinutes(1))) {
            try {
                detector.processPendingRuns();
            } finally {
                events.release(HOLDER);
            }
        }
        List<String> ids = new ArrayList<>();
        for (LoadResult run : runs) {
            ids.add(run.runId());
        }
        await(
                "change detection of " + ids,
                () -> TestGraph.count(
                                "MATCH (r:LoadRun) WHERE r.id IN $ids AND r.watchedAt IS NOT NULL RETURN count(r)",
                                Map.of("ids", ids))
                        == ids.size());
    }

    List<JsonNode> eventsOf(String watchlist) {
        List<JsonNode> nodes = new ArrayList<>();
        bank().query(
                        "{ events(watchlistId: \"" + watchlist + "\", first: 1000) { edges { node { id subjectId domain"
                                + " oldVerdict newVerdict reasons evidenceIds dataVersion cause kind recordId recordKey } } } }")
                .at("/data/events/edges")
                .forEach(e -> nodes.add(e.at("/node")));
        return nodes;
    }

    static List<String> changes(List<JsonNode> events) {
        return events.stream()
                .map(e -> e.at("/subjectId").asString() + " " + e.at("/domain").asString() + " "
                        + e.at("/oldVerdict").asString() + "→"
                        + e.at("/newVerdict").asString())
                .toList();
    }

    JsonNode correct(GraphQlClient client, String mutation) {
        return client.query("mutation { " + mutation + " { id kind targetKey effectiveOn reason by at changes"
                + " dataVersion subjectIds eventsRecorded } }");
    }

    @Test
    @Order(1)
    void aLoadRunThatChangesNoVerdictGivesNoEvent() throws Exception {
        watchlistId = bank().query("mutation { createWatchlist(input: {name: \"Borrowers\", subjects: [{uscc: \""
                        + PARENT + "\"}, {uscc: \"" + SUBSIDIARY + "\"}, {uscc: \"" + PENALISED + "\"}, {uscc: \""
                        + OTHER + "\"}], domains: [FINANCING, GOVERNMENT_PROCUREMENT]}) { id } }")
                .at("/data/createWatchlist/id")
                .asString();
        // the baseline holds every kind of reason: LISTED, RELATED_PARTY_RESTRICTED, LISTING_CRITERIA_MET
        JsonNode verdicts = bank().query("{ watchlist(id: \"" + watchlistId + "\") { subjects(first: 10) { edges {"
                        + " node { subjectId verdicts { domain verdict reasons } } } } } }")
                .at("/data/watchlist/subjects/edges");
        assertThat(verdicts.toString()).contains("LISTED", "RELATED_PARTY_RESTRICTED", "LISTING_CRITERIA_MET");
        // a run re-writing every watched enterprise, its investment, listing and penalty with new names only
        LoadResult renamed = CsvFixture.load(
                loader,
                dir,
                Kind.ENTERPRISES,
                ENTERPRISES,
                PARENT + ",北京甲矿业集团有限公司,B0610",
                SUBSIDIARY + ",福州乙建设集团有限公司,E4710",
                PENALISED + ",深圳丙新材料有限公司,C3311",
                OTHER + ",北京丁化工集团有限公司,C2611");
        LoadResult investment = CsvFixture.load(
                loader,
                dir,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                PARENT + ",北京甲矿业集团有限公司," + SUBSIDIARY + ",60,2020-01-01,");
        assertThat(renamed.loaded()).isEqualTo(4);
        assertThat(investment.loaded()).isEqualTo(1);
        detectChanges(renamed, investment);
        assertThat(eventsOf(watchlistId)).isEmpty();
    }

    @Test
    @Order(2)
    void aRealChangeGivesExactlyOneEventPerSubjectAndDomainEvenWithOtherRunsPending() throws Exception {
        LoadResult renamedBack = CsvFixture.load(
                loader, dir, Kind.ENTERPRISES, ENTERPRISES, PARENT + ",北京甲矿业有限公司,B0610", OTHER + ",北京丁化工有限公司,C2611");
        LoadResult listed = CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                LISTINGS,
                "严重失信主体名单,法人,北京丁化工有限公司," + OTHER + ",重大事故,,应急管理局," + TODAY.minusDays(5));
        detectChanges(renamedBack, listed);
        List<JsonNode> feed = eventsOf(watchlistId);
        assertThat(changes(feed))
                .containsExactlyInAnyOrder(
                        OTHER + " FINANCING CLEAR→RESTRICTED", OTHER + " GOVERNMENT_PROCUREMENT CLEAR→RESTRICTED");
        // the event names the data version that holds the listing, not the rename run before it
        assertThat(feed)
                .allSatisfy(e -> assertThat(e.at("/dataVersion").asString()).isEqualTo(listed.runId()));
        assertThat(feed).allSatisfy(e -> assertThat(e.at("/cause").asString()).isEqualTo("LOAD_RUN"));
        assertThat(feed).allSatisfy(e -> {
            assertThat(e.at("/kind").asString()).isEqualTo("LISTING_ADDED");
            assertThat(e.at("/recordKey").asString()).isEqualTo(OTHER_LISTING);
            assertThat(e.at("/recordId").asString()).isEqualTo("Listing:" + OTHER_LISTING);
        });
    }

    @Test
    @Order(3)
    void anEarlyRemovalClearsTheListedSubjectAndTheSubsidiaryItControls() throws Exception {
        int before = eventsOf(watchlistId).size();
        JsonNode correction = correct(
                        admin(),
                        "removeListingEarly(listingId: \"" + PARENT_LISTING + "\", removedOn: \"" + TODAY
                                + "\", reason: \"信用修复\")")
                .at("/data/removeListingEarly");
        assertThat(correction.at("/kind").asString()).isEqualTo("REMOVE_LISTING_EARLY");
        assertThat(correction.at("/by").asString()).isEqualTo("ADMIN:Regulator");
        assertThat(correction.at("/reason").asString()).isEqualTo("信用修复");
        assertThat(correction.at("/effectiveOn").asString()).isEqualTo(TODAY.toString());
        assertThat(correction.at("/subjectIds").toString()).contains(PARENT);
        assertThat(correction.at("/changes").toString()).contains("removedOn: null → " + TODAY);
        String version = correction.at("/dataVersion").asString();
        // D3: the listing as the loader would have written it, and the data version every check now names
        assertThat(TestGraph.count(
                        "MATCH (l:Listing {key: $k}) WHERE l.removedOn = date($on) AND l.removalReason = '信用修复'"
                                + " AND l.loadRun = $v RETURN count(l)",
                        Map.of("k", PARENT_LISTING, "on", TODAY.toString(), "v", version)))
                .isEqualTo(1);
        JsonNode check = bank().query("{ sanctionCheck(subject: {uscc: \"" + PARENT
                        + "\"}, domain: FINANCING) { verdict dataVersion } }")
                .at("/data/sanctionCheck");
        assertThat(check.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(check.at("/dataVersion").asString()).isEqualTo(version);
        List<JsonNode> feed = eventsOf(watchlistId);
        List<JsonNode> fresh = feed.subList(before, feed.size());
        assertThat(changes(fresh))
                .containsExactlyInAnyOrder(
                        PARENT + " FINANCING RESTRICTED→CLEAR",
                        PARENT + " GOVERNMENT_PROCUREMENT RESTRICTED→CLEAR",
                        SUBSIDIARY + " FINANCING ATTENTION→CLEAR",
                        SUBSIDIARY + " GOVERNMENT_PROCUREMENT ATTENTION→CLEAR");
        assertThat(fresh).allSatisfy(e -> {
            assertThat(e.at("/cause").asString()).isEqualTo("CORRECTION");
            assertThat(e.at("/dataVersion").asString()).isEqualTo(version);
        });
        assertThat(correction.at("/eventsRecorded").asInt()).isEqualTo(4);
        // the subject's own listing and the controller's listing on the subsidiary's path both ended
        assertThat(fresh).allSatisfy(e -> {
            assertThat(e.at("/kind").asString()).isEqualTo("LISTING_ENDED");
            assertThat(e.at("/recordId").asString()).isEqualTo("Listing:" + PARENT_LISTING);
        });
        // the worker does not report the correction a second time
        detectChanges();
        assertThat(eventsOf(watchlistId)).hasSize(feed.size());
    }

    @Test
    @Order(4)
    void aRestorationMakesBothRestrictedAndAttentionAgain() {
        int before = eventsOf(watchlistId).size();
        JsonNode correction = correct(
                        admin(),
                        "restoreListing(listingId: \"" + PARENT_LISTING + "\", restoredOn: \"" + TODAY
                                + "\", reason: \"以欺骗手段取得移出\")")
                .at("/data/restoreListing");
        assertThat(correction.at("/kind").asString()).isEqualTo("RESTORE_LISTING");
        List<JsonNode> feed = eventsOf(watchlistId);
        assertThat(changes(feed.subList(before, feed.size())))
                .containsExactlyInAnyOrder(
                        PARENT + " FINANCING CLEAR→RESTRICTED",
                        PARENT + " GOVERNMENT_PROCUREMENT CLEAR→RESTRICTED",
                        SUBSIDIARY + " FINANCING CLEAR→ATTENTION",
                        SUBSIDIARY + " GOVERNMENT_PROCUREMENT CLEAR→ATTENTION");
        assertThat(feed.subList(before, feed.size()))
                .allSatisfy(e -> assertThat(e.at("/kind").asString()).isEqualTo("LISTING_ADDED"));
        // D3: the restored listing keeps its original expiry
        JsonNode listing = bank().query("{ listings(filter: {code: \"" + PARENT + "\"}) { edges { node { key"
                        + " removedOn restoredOn expiresOn inForce } } } }")
                .at("/data/listings/edges/0/node");
        assertThat(listing.at("/restoredOn").asString()).isEqualTo(TODAY.toString());
        assertThat(listing.at("/inForce").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void anAnnulledPenaltyNoLongerMeetsAListingCriterion() {
        int before = eventsOf(watchlistId).size();
        JsonNode correction = correct(
                        admin(),
                        "annulPenalty(penaltyId: \"" + CONCEALMENT + "\", annulledOn: \"" + TODAY
                                + "\", reason: \"行政复议决定撤销\")")
                .at("/data/annulPenalty");
        assertThat(correction.at("/kind").asString()).isEqualTo("ANNUL_PENALTY");
        assertThat(correction.at("/subjectIds").toString()).contains(PENALISED);
        List<JsonNode> feed = eventsOf(watchlistId);
        assertThat(changes(feed.subList(before, feed.size())))
                .containsExactlyInAnyOrder(
                        PENALISED + " FINANCING ATTENTION→CLEAR",
                        PENALISED + " GOVERNMENT_PROCUREMENT ATTENTION→CLEAR");
        // the annulled penalty is the record behind the change; an agency resolves it by that id
        assertThat(feed.subList(before, feed.size())).allSatisfy(e -> {
            assertThat(e.at("/kind").asString()).isEqualTo("VERDICT_CHANGED");
            assertThat(e.at("/recordKey").asString()).isEqualTo(CONCEALMENT);
        });
        String recordId = feed.getLast().at("/recordId").asString();
        assertThat(bank().query("{ node(id: \"" + recordId + "\") { ... on Penalty { key status } } }")
                        .at("/data/node/key")
                        .asString())
                .isEqualTo(CONCEALMENT);
        // D6: stored as the penalties loader stores 状态 and 状态日期
        assertThat(TestGraph.count(
                        "MATCH (p:Penalty {key: $k}) WHERE p.status = '撤销' AND p.statusOn = date($on) RETURN count(p)",
                        Map.of("k", CONCEALMENT, "on", TODAY.toString())))
                .isEqualTo(1);
        assertThat(admin().query("{ penalties(filter: {uscc: \"" + PENALISED
                                + "\"}) { edges { node { key status } } } }")
                        .at("/data/penalties/edges/0/node/key")
                        .asString())
                .isEqualTo(CONCEALMENT);
    }

    @Test
    @Order(6)
    void theAuditTrailListsEveryCorrectionWithWhoWhenAndWhy() {
        JsonNode all = admin().query("{ corrections { kind targetKey reason by at changes dataVersion } }")
                .at("/data/corrections");
        assertThat(all).hasSize(3);
        assertThat(all.get(0).at("/kind").asString()).isEqualTo("ANNUL_PENALTY");
        assertThat(all.get(2).at("/kind").asString()).isEqualTo("REMOVE_LISTING_EARLY");
        assertThat(all.get(2).at("/at").asString()).isNotEmpty();
        JsonNode ofListing = admin().query("{ corrections(targetKey: \"" + PARENT_LISTING + "\") { kind reason } }")
                .at("/data/corrections");
        assertThat(ofListing).extracting(c -> c.at("/reason").asString()).containsExactly("以欺骗手段取得移出", "信用修复");
        assertThat(bank().query("{ corrections { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    @Order(7)
    void badCorrectionsAreRefusedAndChangeNothing() {
        long corrections = TestGraph.count("MATCH (c:Correction) RETURN count(c)");
        String removeParent = "removeListingEarly(listingId: \"" + PARENT_LISTING + "\", removedOn: \"" + TODAY
                + "\", reason: \"x\")";
        assertThat(code(correct(bank(), removeParent))).isEqualTo("FORBIDDEN");
        assertThat(code(correct(new GraphQlClient(port), removeParent))).isEqualTo("FORBIDDEN");
        JsonNode unknown = correct(
                admin(),
                "removeListingEarly(listingId: \"no-such-listing\", removedOn: \"" + TODAY + "\", reason: \"x\")");
        assertThat(code(unknown)).isEqualTo("BAD_USER_INPUT");
        assertThat(unknown.at("/errors/0/extensions/notFound").asBoolean()).isTrue();
        JsonNode unknownPenalty =
                correct(admin(), "annulPenalty(penaltyId: \"nope\", annulledOn: \"" + TODAY + "\", reason: \"x\")");
        assertThat(unknownPenalty.at("/errors/0/extensions/notFound").asBoolean())
                .isTrue();
        // D3: a restored listing is not removed again; a SERIOUS_DISHONESTY listing not within 12 months
        assertThat(correct(admin(), removeParent).at("/errors/0/message").asString())
                .contains("restored");
        JsonNode tooEarly = correct(
                admin(),
                "removeListingEarly(listingId: \"" + OTHER_LISTING + "\", removedOn: \"" + TODAY
                        + "\", reason: \"x\")");
        assertThat(code(tooEarly)).isEqualTo("BAD_USER_INPUT");
        assertThat(tooEarly.at("/errors/0/message").asString()).contains("12 months");
        assertThat(code(correct(
                        admin(),
                        "removeListingEarly(listingId: \"" + OTHER_LISTING + "\", removedOn: \"" + TODAY.minusDays(10)
                                + "\", reason: \"x\")")))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(code(correct(
                        admin(),
                        "restoreListing(listingId: \"" + OTHER_LISTING + "\", restoredOn: \"" + TODAY
                                + "\", reason: \"x\")")))
                .isEqualTo("BAD_USER_INPUT");
        // D6: annulled already; a date before the decision
        assertThat(code(correct(
                        admin(),
                        "annulPenalty(penaltyId: \"" + CONCEALMENT + "\", annulledOn: \"" + TODAY
                                + "\", reason: \"x\")")))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(code(correct(
                        admin(),
                        "removeListingEarly(listingId: \"" + OTHER_LISTING + "\", removedOn: \"" + TODAY.plusYears(2)
                                + "\", reason: \" \")")))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(TestGraph.count("MATCH (c:Correction) RETURN count(c)")).isEqualTo(corrections);
    }

    private static String code(JsonNode response) {
        return response.at("/errors/0/extensions/code").asString();
    }
}
