package org.creditgraph.api.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * GraphQL over the real World Bank and e-commerce lists, loaded through their shipped mappings: a
 * check by the exact name of a debarred Chinese firm that has no enterprise node answers from its
 * listing (D7, matchedBy NAME, subjectFound false), and search finds such listed parties by name and
 * by legacy identifier (D1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealListsApiTest {

    static final Path REAL = Path.of("../../shared/data/real");
    /** USCC embedding the organisation code 663128478 of an e-commerce row without a USCC (GB 32100). */
    static final String HECI = Uscc.withCheckCharacter("91110105663128478");

    @TempDir
    static Path dir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/real-lists-test-data");
        registry.add("creditgraph.api-keys", () -> "bank-key-Rl7Wq2KhD9qT4gZe=AGENCY@Bank A");
        registry.add("creditgraph.resilience.query-timeout", () -> "120s");
    }

    @Autowired
    PersonIdentity identity;

    /** Before the context starts: it claims the graph for its own ID-number secret (D12). */
    @org.junit.jupiter.api.BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    static boolean loaded;

    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        Path worldBank = REAL.resolve("worldbank-debarred-firms-2024-10.csv");
        Path ecommerce = REAL.resolve("ecommerce-serious-dishonesty-batch1.xlsx");
        assumeTrue(Files.exists(worldBank) && Files.exists(ecommerce), "shared/data/real not present");
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        var loader = new Loader(TestGraph.graph(), identity, 500);
        Path enterprises = dir.resolve("enterprises.csv");
        Files.writeString(enterprises, "统一社会信用代码,企业名称\n" + HECI + ",北京和慈世纪电子商务有限公司\n", StandardCharsets.UTF_8);
        loader.load(Kind.ENTERPRISES, enterprises, Optional.empty(), Map.of(), Loader.Progress.NONE);
        loader.load(
                Kind.LISTINGS,
                Files.copy(worldBank, dir.resolve("wb.csv"), StandardCopyOption.REPLACE_EXISTING),
                Optional.of(Mapping.load("worldbank-debarment")),
                Map.of(),
                Loader.Progress.NONE);
        loader.load(
                Kind.LISTINGS,
                Files.copy(ecommerce, dir.resolve("ec.xlsx"), StandardCopyOption.REPLACE_EXISTING),
                Optional.of(Mapping.load("ecommerce-serious-dishonesty")),
                Map.of("列入日期", "2016-12-31"),
                Loader.Progress.NONE);
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
        loaded = true;
    }

    GraphQlClient bank() {
        return new GraphQlClient(port).with("X-API-Key", "bank-key-Rl7Wq2KhD9qT4gZe");
    }

    private JsonNode check(String subject) {
        JsonNode body = bank().query("{ sanctionCheck(subject: " + subject
                + ", domain: GOVERNMENT_PROCUREMENT, asOf: \"2024-10-01\") { verdict subjectFound matchedBy"
                + " reasons { code } subject { __typename id name"
                + " ... on ListedParty { nameZh list country listing { listedOn } } } } }");
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        return body.at("/data/sanctionCheck");
    }

    @Test
    void d7_aWorldBankDebarredChineseFirmCheckedByNameIsNotClear() {
        JsonNode check = check("{name: \"甘肃路港建设工程有限公司\"}");
        assertThat(check.get("verdict").asString()).isEqualTo("ATTENTION");
        assertThat(check.get("subjectFound").asBoolean()).isFalse();
        assertThat(check.get("matchedBy").asString()).isEqualTo("NAME");
        assertThat(check.at("/reasons/0/code").asString()).isEqualTo("FOREIGN_DEBARMENT");
        assertThat(check.at("/subject/__typename").asString()).isEqualTo("ListedParty");
        assertThat(check.at("/subject/nameZh").asString()).isEqualTo("甘肃路港建设工程有限公司");
        assertThat(check.at("/subject/list").asString()).isEqualTo("WORLD_BANK_DEBARMENT");
        assertThat(check.at("/subject/listing/listedOn").asString()).isEqualTo("2017-12-19");

        for (String published : List.of(
                "GANSU LUGANG CONSTRUCTION ENGINEERING CO., LTD.(甘肃路港建设工程有限公司)",
                "GANSU LUGANG CONSTRUCTION ENGINEERING CO., LTD.")) {
            JsonNode byName = check("{name: \"" + published + "\"}");
            assertThat(byName.get("verdict").asString()).as(published).isEqualTo("ATTENTION");
            assertThat(byName.get("matchedBy").asString()).isEqualTo("NAME");
            assertThat(byName.at("/subject/nameZh").asString()).isEqualTo("甘肃路港建设工程有限公司");
        }
    }

    @Test
    void d7_matchedByTellsIdentifierFromNameAndIsNullWhenNothingIsFound() {
        JsonNode byUscc = check("{uscc: \"" + HECI + "\"}");
        assertThat(byUscc.get("subjectFound").asBoolean()).isTrue();
        assertThat(byUscc.get("matchedBy").asString()).isEqualTo("IDENTIFIER");
        JsonNode byName = check("{name: \"北京和慈世纪电子商务有限公司\"}");
        assertThat(byName.get("subjectFound").asBoolean()).isTrue();
        assertThat(byName.get("matchedBy").asString()).isEqualTo("NAME");
        JsonNode nobody = check("{name: \"不存在的测试公司\"}");
        assertThat(nobody.get("verdict").asString()).isEqualTo("CLEAR");
        assertThat(nobody.get("subjectFound").asBoolean()).isFalse();
        assertThat(nobody.get("matchedBy").isNull()).isTrue();
    }

    @Test
    void d1_theEnterpriseWhoseUsccEmbedsTheOrganisationCodeCarriesTheLegacyListing() {
        JsonNode body = bank().query("{ enterprise(uscc: \"" + HECI + "\") { listings { totalCount"
                + " edges { node { list } } } } }");
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        assertThat(body.at("/data/enterprise/listings/totalCount").asInt()).isEqualTo(1);
        assertThat(body.at("/data/enterprise/listings/edges/0/node/list").asString())
                .isEqualTo("ECOMMERCE_SERIOUS_DISHONESTY");
    }

    @Test
    void searchFindsListedPartiesByNameAndByLegacyCodeAndNodeResolvesThem() {
        JsonNode byName = new GraphQlClient(port)
                .query("{ search(text: \"甘肃路港建设工程\") { edges { node { __typename id name"
                        + " ... on ListedParty { nameZh } } } } }");
        assertThat(byName.has("errors")).as(byName.toString()).isFalse();
        JsonNode first = byName.at("/data/search/edges/0/node");
        assertThat(first.get("__typename").asString()).isEqualTo("ListedParty");
        assertThat(first.get("nameZh").asString()).isEqualTo("甘肃路港建设工程有限公司");

        // 上海文豪电子商务有限公司: no USCC, organisation code 695805138, no enterprise in the graph
        JsonNode byCode = bank().query("{ search(text: \"695805138\") { edges { node { __typename name"
                + " ... on ListedParty { legacyCode list } } } } }");
        assertThat(byCode.has("errors")).as(byCode.toString()).isFalse();
        assertThat(byCode.at("/data/search/edges/0/node/legacyCode").asString()).isEqualTo("695805138");
        assertThat(byCode.at("/data/search/edges/0/node/name").asString()).isEqualTo("上海文豪电子商务有限公司");

        String id = first.get("id").asString();
        JsonNode node = bank().query("{ node(id: \"" + id + "\") { __typename id ... on ListedParty { nameZh } } }");
        assertThat(node.has("errors")).as(node.toString()).isFalse();
        assertThat(node.at("/data/node/id").asString()).isEqualTo(id);
        assertThat(node.at("/data/node/nameZh").asString()).isEqualTo("甘肃路港建设工程有限公司");
    }
}
