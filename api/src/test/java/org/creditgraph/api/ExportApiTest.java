package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bulk exports (contract §5) over HTTP: CSV and NDJSON with filters, row counts equal to the
 * connections' totalCount for the same caller (D6), masked names for the public and no raw ID
 * number in any export (D12), 400 BAD_USER_INPUT for bad parameters, and FollowTheMoney entities
 * whose references all resolve. The scenario's export page size is 2, so every export crosses pages.
 */
class ExportApiTest extends RecordsScenario {

    static final List<String> EVERY_EXPORT = List.of(
            "/export/penalties.csv",
            "/export/penalties.ndjson",
            "/export/accidents.csv",
            "/export/accidents.ndjson",
            "/export/listings.csv",
            "/export/listings.ndjson",
            "/export/enterprises.csv",
            "/export/enterprises.ndjson",
            "/export/ftm.ndjson");

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
    }

    static List<CsvRecord> csv(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // Tomcat writes the parameter without the space: text/csv;charset=UTF-8
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.body()).startsWith("\uFEFF");
        List<CsvRecord> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(response.body().substring(1)).forEach(rows::add);
        return rows;
    }

    static List<JsonNode> ndjson(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(GraphQlClient.json(line));
            }
        }
        return lines;
    }

    int totalCount(GraphQlClient client, String connection, String filter) {
        return data(client.query("{ " + connection + "(filter: " + filter + ") { totalCount } }"))
                .at("/" + connection + "/totalCount")
                .asInt();
    }

    @Test
    void penaltiesCsvWithAFilterHasTheConnectionsRowsForEachCaller() {
        String query = "?uscc=" + A + "&types=FINE,WARNING";
        List<CsvRecord> pub = csv(anonymous().get("/export/penalties.csv" + query));
        List<CsvRecord> agency = csv(agency().get("/export/penalties.csv" + query));
        assertThat(pub.getFirst().getField(0)).isEqualTo("行政处罚决定书文号(decision_no)");
        assertThat(pub.getFirst().getFields()).contains("罚款金额（元）(fine_yuan)", "处罚机关统一社会信用代码(authority_uscc)");
        String filter = "{uscc: \"" + A + "\", types: [FINE, WARNING]}";
        // D6: P3 (past its window) and P4 (annulled) are exported to the agency only
        assertThat(pub)
                .hasSize(1 + totalCount(anonymous(), "penalties", filter))
                .hasSize(1 + 3);
        assertThat(agency)
                .hasSize(1 + totalCount(agency(), "penalties", filter))
                .hasSize(1 + 5);
        assertThat(pub.stream().skip(1).map(r -> r.getField(0))).containsExactly("P1", "P8", "P2");
        int fine = pub.getFirst().getFields().indexOf("罚款金额（元）(fine_yuan)");
        assertThat(pub.get(1).getField(fine)).isEqualTo("55000");
        assertThat(pub.get(2).getField(fine)).isEqualTo("12.3");
        // Names beside codes (GB/T 2260, GB/T 4754): the code keeps its column, the name follows it.
        List<String> header = pub.getFirst().getFields();
        int region = header.indexOf("行政区划代码(region_code)");
        int industry = header.indexOf("行业代码(industry_code)");
        assertThat(header.get(region + 1)).isEqualTo("行政区划(region_name)");
        assertThat(header.get(industry + 1)).isEqualTo("行业(industry_name)");
        for (CsvRecord row : agency.subList(1, agency.size())) {
            assertThat(row.getField(region + 1))
                    .isEqualTo(org.creditgraph.model.matching.Regions.standard()
                            .nameOf(row.getField(region))
                            .orElse(""));
            assertThat(row.getField(industry + 1))
                    .isEqualTo(org.creditgraph.model.rules.Industry.name(row.getField(industry))
                            .orElse(""));
        }

        HttpResponse<String> response = anonymous().get("/export/penalties.csv?decidedFrom=" + daysAgo(30));
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"penalties-")
                .endsWith(".csv\"");
        assertThat(csv(response))
                .hasSize(1 + totalCount(anonymous(), "penalties", "{decidedFrom: \"" + daysAgo(30) + "\"}"));
    }

    @Test
    void penaltiesNdjsonMasksNamesForThePublicOnly() {
        List<JsonNode> pub = ndjson(anonymous().get("/export/penalties.ndjson"));
        List<JsonNode> agency = ndjson(agency().get("/export/penalties.ndjson"));
        assertThat(pub).hasSize(totalCount(anonymous(), "penalties", "{}")).hasSize(6);
        assertThat(agency).hasSize(totalCount(agency(), "penalties", "{}")).hasSize(8);
        JsonNode person = pub.stream()
                .filter(n -> n.path("decision_no").asString().equals("P7"))
                .findFirst()
                .orElseThrow();
        assertThat(person.path("party_name").asString()).isEqualTo("张*");
        assertThat(person.path("party_type").asString()).isEqualTo("自然人");
        assertThat(person.path("fine_yuan").asString()).isEqualTo("500");
        assertThat(person.path("publicly_disclosed").asBoolean()).isTrue();
        assertThat(person.at("/penalty_types/0").asString()).isEqualTo("FINE");
        assertThat(agency.stream().filter(n -> n.path("decision_no").asString().equals("P7")))
                .singleElement()
                .satisfies(n -> assertThat(n.path("party_name").asString()).isEqualTo("张三"));
        assertThat(agency.stream().filter(n -> n.path("decision_no").asString().equals("P4")))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.path("publicly_disclosed").asBoolean()).isFalse();
                    assertThat(n.path("status").asString()).isEqualTo("撤销");
                });
    }

    @Test
    void accidentsListingsAndEnterprisesWithFilters() {
        List<CsvRecord> larger = csv(anonymous().get("/export/accidents.csv?grades=LARGER&occurredFrom=2024-01-01"));
        assertThat(larger)
                .hasSize(1 + totalCount(anonymous(), "accidents", "{grades: [LARGER], occurredFrom: \"2024-01-01\"}"))
                .hasSize(1 + 2);
        assertThat(larger.stream().skip(1).map(r -> r.getField(0))).containsExactly("SG-3", "SG-1");
        List<JsonNode> accidents = ndjson(anonymous().get("/export/accidents.ndjson?regionCode=440300"));
        assertThat(accidents).singleElement().satisfies(a -> {
            assertThat(a.path("grade").asString()).isEqualTo("MAJOR");
            assertThat(a.path("deaths").asInt()).isEqualTo(12);
            assertThat(a.path("loss_yuan").asString()).isEqualTo("15002500");
            assertThat(a.path("enterprise_name").asString()).isEqualTo("深圳丙材料有限公司");
        });

        List<JsonNode> listings = ndjson(anonymous().get("/export/listings.ndjson?inForceOn=2024-10-01"));
        assertThat(listings).hasSize(totalCount(anonymous(), "listings", "{inForceOn: \"2024-10-01\"}"));
        JsonNode person = listings.stream()
                .filter(l -> l.path("subject_type").asString().equals("自然人"))
                .findFirst()
                .orElseThrow();
        assertThat(person.path("name").asString()).isEqualTo("张*");
        assertThat(person.path("subject_id").asString()).isNotBlank().hasSizeGreaterThan(18);
        assertThat(csv(anonymous().get("/export/listings.csv?list=JOINT_SANCTION_TARGET")))
                .hasSize(1 + totalCount(anonymous(), "listings", "{list: \"JOINT_SANCTION_TARGET\"}"));

        List<CsvRecord> enterprises = csv(anonymous().get("/export/enterprises.csv"));
        assertThat(enterprises.stream().skip(1).map(r -> r.getField(0))).containsExactly(A, B, C);
        int legalRep = enterprises.getFirst().getFields().indexOf("法定代表人(legal_rep_name)");
        assertThat(enterprises.get(1).getField(legalRep)).isEqualTo("李*");
        assertThat(ndjson(agency().get("/export/enterprises.ndjson?regionCode=110105")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("legal_rep_name").asString()).isEqualTo("李四");
                    assertThat(e.at("/former_names/0").asString()).isEqualTo("北京甲煤矿");
                });
    }

    @Test
    void followTheMoneyEntitiesParseAndTheirReferencesResolve() {
        for (boolean isPublic : new boolean[] {true, false}) {
            GraphQlClient client = isPublic ? anonymous() : agency();
            List<JsonNode> entities = ndjson(client.get("/export/ftm.ndjson"));
            Set<String> ids = new HashSet<>();
            for (JsonNode e : entities) {
                assertThat(e.path("id").asString()).startsWith("cg-");
                assertThat(e.path("schema").asString())
                        .isIn("Company", "Person", "LegalEntity", "Sanction", "Ownership", "Directorship", "Event");
                assertThat(e.path("properties").isObject()).isTrue();
                e.path("properties")
                        .properties()
                        .forEach(p -> assertThat(p.getValue().isArray()).isTrue());
                assertThat(ids.add(e.path("id").asString())).as("unique id").isTrue();
            }
            int references = 0;
            for (JsonNode e : entities) {
                for (String property : List.of("entity", "owner", "asset", "director", "organization")) {
                    for (JsonNode ref : e.at("/properties/" + property)) {
                        assertThat(ids).as(e.toString()).contains(ref.asString());
                        references++;
                    }
                }
            }
            // the penalty decisions and accidents this caller may see (D6), as in their own exports
            int penalties = ndjson(client.get("/export/penalties.ndjson")).size();
            int accidents = ndjson(client.get("/export/accidents.ndjson")).size();
            assertThat(penalties).isPositive();
            assertThat(references).isEqualTo(3 + 2 * 2 + 2 * 2 + penalties);
            assertThat(entities)
                    .filteredOn(e -> e.path("id").asString().startsWith("cg-sanction-"))
                    .hasSize(3)
                    .allMatch(e -> e.path("schema").asString().equals("Sanction"));
            assertThat(entities)
                    .filteredOn(e -> e.path("id").asString().startsWith("cg-penalty-"))
                    .hasSize(penalties)
                    .allMatch(e -> e.path("schema").asString().equals("Sanction"));
            assertThat(entities)
                    .filteredOn(e -> e.path("schema").asString().equals("Event"))
                    .hasSize(accidents);
            assertThat(entities)
                    .filteredOn(e -> e.path("schema").asString().equals("Ownership"))
                    .hasSize(2);
            // the principal from roles.csv and the legal representative from enterprises.csv
            assertThat(entities)
                    .filteredOn(e -> e.path("schema").asString().equals("Directorship"))
                    .extracting(d -> d.at("/properties/role/0").asString())
                    .containsExactlyInAnyOrder("主要负责人 (PRINCIPAL)", "法定代表人 (LEGAL_REPRESENTATIVE)");
            JsonNode company = entities.stream()
                    .filter(e -> e.path("id").asString().equals("cg-company-" + A))
                    .findFirst()
                    .orElseThrow();
            assertThat(company.path("schema").asString()).isEqualTo("Company");
            assertThat(company.at("/properties/registrationNumber/0").asString())
                    .isEqualTo(A);
            assertThat(company.at("/properties/previousName/0").asString()).isEqualTo("北京甲煤矿");
            List<String> personNames = entities.stream()
                    .filter(e -> e.path("schema").asString().equals("Person"))
                    .map(e -> e.at("/properties/name/0").asString())
                    .toList();
            assertThat(personNames).contains(isPublic ? "张*" : "张三");
        }
        assertThat(ndjson(anonymous().get("/export/ftm.ndjson")).toString()).doesNotContain("张三", "李四");
    }

    /**
     * Every entity of the FollowTheMoney export against the published schema definitions: its
     * schema exists and is not abstract, every property it uses is defined for that schema (itself
     * or a schema it extends), its required properties are there, dates are ISO dates, and every
     * entity-typed property names an entity of the export whose schema is in the property's range.
     */
    @Test
    void followTheMoneyEntitiesMatchThePublishedSchemata() {
        var ftm = new FtmSchemata("ftm-schema");
        for (GraphQlClient client : List.of(anonymous(), agency())) {
            List<JsonNode> entities = ndjson(client.get("/export/ftm.ndjson"));
            Map<String, String> schemaOf = new HashMap<>();
            entities.forEach(
                    e -> schemaOf.put(e.path("id").asString(), e.path("schema").asString()));
            for (JsonNode e : entities) {
                String schema = e.path("schema").asString();
                assertThat(ftm.schema(schema)).as(schema).isPresent();
                assertThat(ftm.schema(schema).orElseThrow().isAbstract())
                        .as(schema)
                        .isFalse();
                Map<String, FtmSchemata.Property> defined = ftm.properties(schema);
                for (String required : ftm.required(schema)) {
                    assertThat(e.at("/properties/" + required).size())
                            .as(required + " of " + e)
                            .isPositive();
                }
                e.path("properties").properties().forEach(p -> {
                    FtmSchemata.Property property = defined.get(p.getKey());
                    assertThat(property).as(p.getKey() + " of " + schema).isNotNull();
                    for (JsonNode value : p.getValue()) {
                        assertThat(value.isString()).as(e.toString()).isTrue();
                        switch (property.type()) {
                            case "date" ->
                                assertThat(value.asString()).as(e.toString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
                            case "country" -> assertThat(value.asString()).isEqualTo("cn");
                            case "entity" -> {
                                assertThat(schemaOf).as(e.toString()).containsKey(value.asString());
                                assertThat(ftm.isA(schemaOf.get(value.asString()), property.range()))
                                        .as(value.asString() + " as " + p.getKey() + " of " + schema)
                                        .isTrue();
                            }
                            default -> {}
                        }
                    }
                });
            }
        }
        List<JsonNode> all = ndjson(agency().get("/export/ftm.ndjson"));
        JsonNode p1 = all.stream()
                .filter(e -> e.at("/properties/authorityId/0").asString().equals("P1"))
                .findFirst()
                .orElseThrow();
        assertThat(p1.path("schema").asString()).isEqualTo("Sanction");
        assertThat(p1.at("/properties/entity/0").asString()).isEqualTo("cg-company-" + A);
        assertThat(p1.at("/properties/authority/0").asString()).isEqualTo("北京市应急管理局");
        assertThat(p1.at("/properties/startDate/0").asString())
                .isEqualTo(daysAgo(10).toString());
        JsonNode sg1 = all.stream()
                .filter(e -> e.path("schema").asString().equals("Event"))
                .filter(e -> e.at("/properties/recordId/0").asString().equals("SG-1"))
                .findFirst()
                .orElseThrow();
        assertThat(sg1.at("/properties/involved/0").asString()).isEqualTo("cg-company-" + A);
        assertThat(sg1.at("/properties/date/0").asString()).isEqualTo("2024-05-01");
        assertThat(sg1.at("/properties/summary/0").asString()).contains("死亡 3 人");
    }

    @Test
    void badParametersAreBadUserInputWithHttp400() {
        for (String path : List.of(
                "/export/penalties.csv?decidedFrom=2024-13-01",
                "/export/penalties.csv?decidedFrom=-999999999-01-01",
                "/export/accidents.csv?occurredTo=2101-01-01",
                "/export/penalties.csv?regionCode=" + "1".repeat(65),
                "/export/listings.csv?list=" + "A".repeat(1_000),
                "/export/penalties.ndjson?types=FINE,NOT_A_TYPE",
                "/export/penalties.csv?region=110105",
                "/export/penalties.csv?uscc=" + PERSON_ID_NUMBER,
                "/export/accidents.csv?grades=TERRIBLE",
                "/export/listings.ndjson?code=" + PERSON_ID_NUMBER,
                "/export/enterprises.csv?types=FINE",
                "/export/ftm.ndjson?regionCode=110105")) {
            HttpResponse<String> response = agency().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json");
            JsonNode body = GraphQlClient.json(response.body());
            assertThat(body.at("/errors/0/extensions/code").asString()).as(path).isEqualTo("BAD_USER_INPUT");
            assertThat(body.at("/errors/0/message").asString())
                    .as(path)
                    .isNotBlank()
                    .doesNotContain(PERSON_ID_NUMBER);
        }
        for (String path : List.of("/export/fines.csv", "/export/penalties.xlsx", "/export/ftm.csv")) {
            HttpResponse<String> response = anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(GraphQlClient.json(response.body())
                            .at("/errors/0/extensions/code")
                            .asString())
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void d12_noExportEverContainsARawIdNumber() {
        for (GraphQlClient client : List.of(anonymous(), agency())) {
            for (String path : EVERY_EXPORT) {
                HttpResponse<String> response = client.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).doesNotContain(PERSON_ID_NUMBER, LEGAL_REP_ID_NUMBER);
            }
        }
    }
}
