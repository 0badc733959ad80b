package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9 against a real Neo4j: auto-link, review queue, decisions honoured on re-runs and reloads. */
class ListingMatcherTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final MatchStore store = new MatchStore(TestGraph.graph());
    final ListingMatcher matcher = new ListingMatcher(store, CLOCK);

    static UnlinkedListing listing(String key, String name, String zh, String address) {
        return new UnlinkedListing(
                key,
                UnlinkedListing.WORLD_BANK_DEBARMENT,
                name,
                zh,
                key,
                List.of(address),
                "China",
                true,
                LocalDate.of(2017, 12, 19),
                null,
                "Procurement Guidelines, 1.14(a)(ii)");
    }

    @BeforeEach
    void graph() {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery("""
                UNWIND $rows AS r
                CREATE (:Enterprise {uscc: r[0], name: r[1], formerNames: r[2], formerNamesText: reduce(s = '', n IN r[2] | s + n + ' ; '),
                                     regionCode: r[3], legacyIds: []})
                """)
                .withParameters(Map.of(
                        "rows",
                        List.of(
                                List.of("91360000000000001A", "江西华威建材有限责任公司", List.of(), "360121"),
                                List.of("91360000000000002B", "江西省华为建材有限公司", List.of(), "360102"),
                                List.of("91430000000000003C", "湖南华威建材有限公司", List.of(), "430102"),
                                List.of("91330000000000004D", "温州远景交通设备有限公司", List.of("温州路港交通设备有限公司"), "330302"),
                                List.of("91360000000000005E", "昌宏建设集团有限公司", List.of(), "360102"),
                                List.of("91420000000000006F", "湖北昌宏建设集团有限公司", List.of(), "420102"),
                                List.of("91410000000000007G", "河南乾坤路桥工程股份有限公司", List.of(), "410102"))))
                .execute();
        List<Map<String, Object>> rows = List.of(
                listing(
                                "WB|470",
                                "JIANGXI HUAWEI CONSTRUCTION MATERIALS CO., LTD.(江西省华威建材有限公司)*470",
                                "江西省华威建材有限公司",
                                "112 YUHU ROAD, NANCHANG COUNTY, NANCHANG CITY, JIANGXI PROVINCE")
                        .properties(),
                listing(
                                "WB|457",
                                "WENZHOU LUGANG TRANSPORTATION EQUIPMENT CO., LTD.(温州路港交通设备有限公司)*457",
                                null,
                                "RAILWAY MANSION, WENZHOU AVENUE, WENZHOU CITY")
                        .properties(),
                listing("WB|508", "CHANGHONG CONSTRUCTION GROUP CO., LTD.(昌宏建设集团有限公司)*508", "昌宏建设集团有限公司", "")
                        .properties(),
                listing(
                                "WB|600",
                                "HENAN QIANKUN ROAD AND BRIDGE ENGINEERING CO., LTD.(河南乾坤路桥工程有限公司)*600",
                                "河南乾坤路桥工程有限公司",
                                "ZHENGZHOU, HENAN")
                        .properties(),
                listing("WB|999", "NREM INTERNATIONAL INC.*456", null, "YUFEI PLAZA, BEIJING")
                        .properties());
        TestGraph.driver()
                .executableQuery(UnlinkedListing.MERGE)
                .withParameters(Map.of("rows", rows))
                .execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    static String linkedTo(String listingKey) {
        var records = TestGraph.driver()
                .executableQuery(
                        "MATCH (:Listing {key: $key})-[of:OF]->(e:Enterprise) RETURN e.uscc AS uscc, of.origin AS origin")
                .withParameters(Map.of("key", listingKey))
                .execute()
                .records();
        assertThat(records.size()).isLessThanOrEqualTo(1);
        if (records.isEmpty()) {
            return null;
        }
        assertThat(records.getFirst().get("origin").asString()).isEqualTo(UnlinkedListing.MATCH_ORIGIN);
        return records.getFirst().get("uscc").asString();
    }

    @Test
    void clearBestIsLinkedNearMissesAndTiesGoToReview() {
        var summary = matcher.matchUnlinked(MatchPolicy.DEFAULT);
        assertThat(summary.listings()).isEqualTo(5);
        assertThat(linkedTo("WB|470")).isEqualTo("91360000000000001A");
        assertThat(linkedTo("WB|457")).as("former name (曾用名)").isEqualTo("91330000000000004D");
        // No region in the name and no address: 昌宏建设集团 in Jiangxi and 湖北昌宏建设集团 are
        // equally plausible, so a person decides.
        assertThat(linkedTo("WB|508")).isNull();
        // Same core, other company form (股份有限公司): review, never linked automatically.
        assertThat(linkedTo("WB|600")).isNull();
        assertThat(linkedTo("WB|999")).isNull();
        var queue = store.reviewQueue(null, 10);
        assertThat(queue).extracting(r -> r.listing().key()).containsExactly("WB|508", "WB|600");
        assertThat(queue.getLast().candidates().getFirst().uscc()).isEqualTo("91410000000000007G");
        assertThat(queue.getLast().candidates().getFirst().explanations())
                .anySatisfy(e -> assertThat(e).contains("LIMITED vs JOINT_STOCK"));
        assertThat(store.reviewQueueSize()).isEqualTo(2);
        var of = TestGraph.driver()
                .executableQuery(
                        "MATCH (:Listing {key: 'WB|470'})-[of:OF]->() RETURN of.decidedBy AS by, of.score AS score, of.decidedAt AS at")
                .execute()
                .records()
                .getFirst();
        assertThat(of.get("by").asString()).isEqualTo(ListingMatcher.AUTO_LINK);
        assertThat(of.get("score").asDouble()).isBetween(0.9, 0.9999);
        assertThat(of.get("at").asOffsetDateTime().toInstant()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aRejectedPairIsNeverLinkedAgain() {
        matcher.matchUnlinked(MatchPolicy.DEFAULT);
        store.reject(new MatchStore.Decision(
                "WB|470",
                "91360000000000001A",
                0.99,
                "regulator",
                CLOCK.instant().atOffset(ZoneOffset.UTC)));
        assertThat(linkedTo("WB|470")).isNull();
        matcher.matchUnlinked(MatchPolicy.DEFAULT);
        assertThat(linkedTo("WB|470")).isNull();
        assertThat(store.decision("WB|470", "91360000000000001A")).contains(MatchStore.REJECTED);
        // The runner-up (one character differs) is a review candidate, not a link.
        assertThat(store.reviewQueue(null, 10))
                .filteredOn(r -> r.listing().key().equals("WB|470"))
                .singleElement()
                .satisfies(r -> assertThat(r.candidates())
                        .extracting(MatchStore.Stored::uscc)
                        .doesNotContain("91360000000000001A"));
    }

    @Test
    void anAcceptedPairStaysLinkedAfterAReloadDroppedTheLink() {
        matcher.matchUnlinked(MatchPolicy.DEFAULT);
        store.accept(new MatchStore.Decision(
                "WB|600",
                "91410000000000007G",
                0.82,
                "regulator",
                CLOCK.instant().atOffset(ZoneOffset.UTC)));
        assertThat(linkedTo("WB|600")).isEqualTo("91410000000000007G");
        assertThat(store.reviewQueue(null, 10))
                .extracting(r -> r.listing().key())
                .doesNotContain("WB|600");
        // A loader that rewrites the listing and drops its links (what ListingsLoader does today).
        TestGraph.driver()
                .executableQuery("MATCH (:Listing {key: 'WB|600'})-[of:OF]->() DELETE of")
                .execute();
        var summary = matcher.matchUnlinked(MatchPolicy.DEFAULT);
        assertThat(summary.restored()).isEqualTo(1);
        assertThat(linkedTo("WB|600")).isEqualTo("91410000000000007G");
        var by = TestGraph.driver()
                .executableQuery("MATCH (:Listing {key: 'WB|600'})-[of:OF]->() RETURN of.decidedBy AS by")
                .execute()
                .records()
                .getFirst()
                .get("by")
                .asString();
        assertThat(by).isEqualTo("regulator");
    }

    @Test
    void acceptingAnotherEnterpriseReplacesTheMatchLink() {
        matcher.matchUnlinked(MatchPolicy.DEFAULT);
        store.accept(new MatchStore.Decision(
                "WB|470",
                "91360000000000002B",
                0.5,
                "regulator",
                CLOCK.instant().atOffset(ZoneOffset.UTC)));
        assertThat(linkedTo("WB|470")).isEqualTo("91360000000000002B");
        store.accept(new MatchStore.Decision(
                "WB|470",
                "91360000000000001A",
                0.99,
                "regulator",
                CLOCK.instant().atOffset(ZoneOffset.UTC)));
        assertThat(linkedTo("WB|470")).isEqualTo("91360000000000001A");
        assertThat(store.decision("WB|470", "91360000000000002B")).contains("SUPERSEDED");
    }

    @Test
    void matchRanksEnterprisesForAFreeTextName() {
        List<MatchScore> ranked = matcher.match("江西省华威建材有限公司", 10);
        assertThat(ranked)
                .extracting(s -> s.candidate().uscc())
                .startsWith("91360000000000001A")
                .contains("91360000000000002B", "91430000000000003C");
        assertThat(ranked.getFirst().score()).isGreaterThan(ranked.get(1).score());
        assertThat(matcher.match("江西省华威建材有限公司", 1)).hasSize(1);
        assertThat(matcher.match("NO SUCH FIRM LTD", 5)).isEmpty();
    }
}
