package org.creditgraph.loaders.regimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.catalogue.IncentiveCatalogue;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.check.ReasonCode;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real World Bank debarment list through the shipped mapping {@code worldbank-debarment}: one
 * listing per debarment (rows repeating a firm add addresses), 2999-12-31 = permanent, *NNN = case
 * number; no subject until matched; a match link survives reloads; once linked, FOREIGN_DEBARMENT.
 */
class WorldBankDebarmentTest {

    static final Path SOURCE = Path.of("../../shared/data/real/worldbank-debarred-firms-2024-10.csv");
    static final String HUNAN = "WORLD_BANK_DEBARMENT|HUNANCONSTRUCTIONGROUPCO.,LTD.(湖南建设集团有限公司)*301|2016-01-14";
    static final String USCC = "91110000600037341L";
    static final String HEADER =
            "Firm Name,Address,Country,Ineligibility Period (From),Ineligibility Period (To),Grounds";

    @TempDir
    Path dir;

    private static Loader loader() {
        return new Loader(
                TestGraph.graph(),
                new PersonIdentity("worldbank-test-secret-0123".getBytes(StandardCharsets.UTF_8)),
                500);
    }

    private static LoadResult load(Path file) throws Exception {
        return loader().load(
                        Kind.LISTINGS,
                        file,
                        Optional.of(Mapping.load("worldbank-debarment")),
                        Map.of(),
                        Loader.Progress.NONE);
    }

    private static Map<String, Object> listing(String key) {
        return TestGraph.driver()
                .executableQuery("MATCH (l:Listing {key: $key}) RETURN l {.*} AS l")
                .withParameters(Map.of("key", key))
                .execute()
                .records()
                .getFirst()
                .get("l")
                .asMap();
    }

    /** Entity matching's link, exactly as the matching engineer writes it. */
    private static void link(String key, String uscc) {
        TestGraph.driver()
                .executableQuery("MATCH (l:Listing {key: $key}) MERGE (e:Enterprise {uscc: $uscc}) "
                        + "ON CREATE SET e.name = '湖南建设集团有限公司', e.formerNames = [], e.legacyIds = [] "
                        + "MERGE (l)-[:OF {origin: 'MATCH'}]->(e)")
                .withParameters(Map.of("key", key, "uscc", uscc))
                .execute();
    }

    private static CheckResult check(SanctionDomain domain, String asOf) {
        var store = new CheckEvidenceStore(TestGraph.graph());
        LocalDate date = LocalDate.parse(asOf);
        return SanctionDecision.decide(
                store.enterprises(List.of(USCC), date, 2).get(USCC),
                domain,
                date,
                store.catalogue(),
                store.incentives(),
                2);
    }

    @Test
    void foreignDebarment_realFileOneListingPerDebarmentWithAddressesCaseNumberAndPermanence() throws Exception {
        assumeTrue(Files.exists(SOURCE), "shared/data/real not present");
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        Path file = Files.copy(SOURCE, dir.resolve("worldbank.csv"));
        LoadResult first = load(file);
        // 1,363 rows; 62 of them repeat a debarment already seen with another address: 1,301 listings
        assertThat(first.rejected()).isZero();
        assertThat(first.loaded()).isEqualTo(1363);
        assertThat(TestGraph.count("MATCH (l:Listing {list: 'WORLD_BANK_DEBARMENT'}) RETURN count(l)"))
                .isEqualTo(1301);
        assertThat(TestGraph.count("MATCH (l:Listing)-[:OF]->() RETURN count(l)"))
                .as("no subject until matched")
                .isZero();
        assertThat(TestGraph.count("MATCH (l:Listing {permanent: true}) WHERE l.expiresOn IS NULL RETURN count(l)"))
                .isGreaterThan(500);
        assertThat(
                        TestGraph.count(
                                "MATCH (l:Listing {list: 'WORLD_BANK_DEBARMENT'}) WHERE l.subjectNameZh IS NOT NULL RETURN count(l)"))
                .as("352 published names carry a Chinese name, in brackets or appended")
                .isBetween(330L, 352L);

        Map<String, Object> hunan = listing(HUNAN);
        assertThat(hunan.get("subjectName")).isEqualTo("HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司)");
        assertThat(hunan.get("subjectNameZh")).isEqualTo("湖南建设集团有限公司");
        assertThat(hunan.get("caseNumber")).isEqualTo("301");
        assertThat(hunan.get("country")).isEqualTo("China");
        assertThat(hunan.get("permanent")).isEqualTo(true);
        assertThat(hunan.get("expiresOn")).isNull();
        assertThat(hunan.get("reason")).isEqualTo("Procurement Guidelines, 1.14(a)(ii)");
        assertThat((List<?>) hunan.get("addresses"))
                .as("the firm's three rows: one debarment, three addresses")
                .hasSize(3)
                .anySatisfy(a -> assertThat(a.toString()).contains("CHANGSHA"));

        // entity matching links it; the check engine sees it with no further change
        link(HUNAN, USCC);
        CheckResult procurement = check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2024-10-01");
        assertThat(procurement.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(procurement.reasons()).extracting(CheckReason::code).containsExactly(ReasonCode.FOREIGN_DEBARMENT);
        assertThat(procurement.reasons().getFirst().listing().key()).isEqualTo(HUNAN);
        assertThat(check(SanctionDomain.PUBLIC_TENDERING, "2024-10-01").verdict())
                .isEqualTo(Verdict.ATTENTION);
        assertThat(check(SanctionDomain.FINANCING, "2024-10-01").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(check(SanctionDomain.HONOURS, "2024-10-01").reasons())
                .extracting(CheckReason::code)
                .doesNotContain(ReasonCode.FOREIGN_DEBARMENT);
        assertThat(check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2016-01-13").verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2990-01-01").verdict())
                .as("permanent")
                .isEqualTo(Verdict.ATTENTION);

        // a reload of the same file changes nothing and keeps the match
        LoadResult again = load(file);
        assertThat(again.unchanged()).isEqualTo(1363);
        assertThat(TestGraph.count("MATCH (:Listing {key: '" + HUNAN
                        + "'})-[:OF {origin: 'MATCH'}]->(e:Enterprise {uscc: '" + USCC + "'}) RETURN count(e)"))
                .isEqualTo(1);
    }

    @Test
    void foreignDebarment_changedReloadKeepsTheMatchLinkAndExpiryEndsTheAttention() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        IncentiveCatalogue.load(TestGraph.graph());
        String firm = "\"JIANGXI TEST ROAD CO., LTD.(江西测试路桥有限公司) *999\"";
        String key = "WORLD_BANK_DEBARMENT|JIANGXITESTROADCO.,LTD.(江西测试路桥有限公司)*999|2020-03-01";
        Path file = dir.resolve("wb.csv");
        Files.writeString(
                file,
                HEADER + "\n" + firm
                        + ",\"1 ROAD, NANCHANG\",China,2020-03-01,2025-03-01,\"Procurement Guidelines, 1.16(a)(ii)\"\n"
                        + firm
                        + ",\"2 STREET, GANZHOU\",China,2020-03-01,2025-03-01,\"Procurement Guidelines, 1.16(a)(ii)\"\n",
                StandardCharsets.UTF_8);
        assertThat(load(file).loaded()).isEqualTo(2);
        link(key, USCC);
        assertThat(check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2025-02-28").reasons())
                .extracting(CheckReason::code)
                .containsExactly(ReasonCode.FOREIGN_DEBARMENT);
        assertThat(check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2025-03-01").verdict())
                .as("not permanent: ends on its To date")
                .isEqualTo(Verdict.CLEAR);

        // the World Bank changes the grounds: the listing is rewritten, the match link stays
        Files.writeString(
                file,
                HEADER + "\n" + firm + ",\"1 ROAD, NANCHANG\",China,2020-03-01,2025-03-01,\"Cross Debarment: ADB\"\n",
                StandardCharsets.UTF_8);
        LoadResult changed = load(file);
        assertThat(changed.loaded()).isEqualTo(1);
        assertThat(listing(key).get("reason")).isEqualTo("Cross Debarment: ADB");
        assertThat(listing(key).get("addresses")).isEqualTo(List.of("1 ROAD, NANCHANG"));
        assertThat(TestGraph.count(
                        "MATCH (:Listing {key: '" + key + "'})-[:OF {origin: 'MATCH'}]->(:Enterprise) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(check(SanctionDomain.GOVERNMENT_PROCUREMENT, "2024-06-01").verdict())
                .isEqualTo(Verdict.ATTENTION);
    }
}
