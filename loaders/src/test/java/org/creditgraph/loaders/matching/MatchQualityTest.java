package org.creditgraph.loaders.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.creditgraph.loaders.generate.Generator;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.matching.CompanyForm;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.MatchPolicy;
import org.creditgraph.model.matching.MatchScore;
import org.creditgraph.model.matching.NameNormaliser;
import org.creditgraph.model.matching.NormalisedName;
import org.creditgraph.model.matching.Regions;
import org.creditgraph.model.matching.Regions.Region;
import org.creditgraph.model.matching.UnlinkedListing;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: matching quality on a labelled set built from the real World Bank file. Every Chinese
 * firm named in it becomes an unlinked listing; nine in ten get a "true" enterprise that carries
 * its Chinese name as a registry would (exact, region prefix changed, 有限公司 ↔ 有限责任公司, or as a
 * former name); every firm also gets three decoys (one character of the core changed, another
 * province, another company form) among 1,000 generated enterprises. Numbers go to the README.
 */
class MatchQualityTest {

    static final Path WORLD_BANK = Path.of("../../shared/data/real/worldbank-debarred-firms-2024-10.csv");
    static final PersonIdentity IDENTITY =
            new PersonIdentity("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    static final String[] OTHER_CHARACTERS = {"鑫", "盛", "源"};

    record Firm(String published, String zh, List<String> addresses) {}

    int serial = 0;

    String uscc(String regionCode) {
        String region = regionCode == null || regionCode.isEmpty() ? "110102" : regionCode;
        return Uscc.withCheckCharacter("91" + region + String.format(Locale.ROOT, "MQ%07d", ++serial));
    }

    @Test
    void autoLinkPrecisionAndRecallStayAboveTheirFloors(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(WORLD_BANK), "shared/data/real not present");
        TestGraph.clean();
        NameNormaliser normaliser = new NameNormaliser();
        Regions regions = Regions.standard();
        List<Region> provinces =
                regions.all().stream().filter(r -> r.code().length() == 2).toList();

        Map<String, Firm> firms = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(WORLD_BANK, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : csv) {
                if (!row.getField("Country").equals("China")) {
                    continue;
                }
                NormalisedName n = normaliser.normalise(row.getField("Firm Name"));
                if (n.chinese().isEmpty() || n.chinese().getFirst().form() == CompanyForm.UNKNOWN) {
                    continue; // persons (张方俊) and bracketed places (北京) are not firms
                }
                String zh = n.chinese().getFirst().full();
                Firm known = firms.get(zh);
                List<String> addresses = new ArrayList<>(known == null ? List.of() : known.addresses());
                addresses.add(row.getField("Address"));
                firms.put(zh, new Firm(row.getField("Firm Name"), zh, addresses));
            }
        }
        assertThat(firms).hasSizeGreaterThan(100);

        Generator.generate(1_000, dir.resolve("generated"), 7);
        Map<String, String> truth = new HashMap<>(); // listing key -> USCC
        List<String> enterpriseRows = new ArrayList<>();
        enterpriseRows.add("统一社会信用代码,企业名称,曾用名,行政区划代码");
        List<Map<String, Object>> listings = new ArrayList<>();
        int i = 0;
        for (Firm firm : firms.values()) {
            String key = "WB|" + i;
            NormalisedName.Chinese zh =
                    normaliser.normalise(firm.zh()).chinese().getFirst();
            Optional<Region> region = zh.region();
            if (region.isEmpty()) {
                region = firm.addresses().stream()
                        .flatMap(a -> regions.inAddress(a).stream())
                        .filter(r -> r.code().length() == 4)
                        .findFirst();
            }
            String regionCode = region.map(r -> r.code().length() == 2 ? r.code() + "0102" : r.code() + "02")
                    .orElse("");
            listings.add(new UnlinkedListing(
                            key,
                            UnlinkedListing.WORLD_BANK_DEBARMENT,
                            firm.published(),
                            firm.zh(),
                            null,
                            firm.addresses(),
                            "China",
                            true,
                            LocalDate.of(2018, 1, 1),
                            null,
                            "test")
                    .properties());
            Optional<Regions.Prefix> prefix = regions.prefixOf(firm.zh());
            if (i % 10 != 9) {
                String name = firm.zh();
                String former = "";
                switch (i % 4) {
                    case 1 ->
                        name = prefix.map(p -> (p.text().equals(p.region().name())
                                                ? p.region().shortName()
                                                : p.region().name())
                                        + firm.zh().substring(p.text().length()))
                                .orElse(region.map(Region::shortName).orElse("") + firm.zh());
                    case 2 ->
                        name = firm.zh().endsWith("有限责任公司")
                                ? firm.zh().replaceAll("有限责任公司$", "有限公司")
                                : firm.zh().replaceAll("(?<!股份)有限公司$", "有限责任公司");
                    case 3 -> {
                        name = "远景" + i + "科技有限公司";
                        former = firm.zh();
                    }
                    default -> {}
                }
                String code = uscc(regionCode);
                truth.put(key, code);
                enterpriseRows.add(code + "," + name + "," + former + "," + regionCode);
            }
            // Decoy 1: one character of the core changed, same region and form.
            char last = zh.core().charAt(zh.core().length() - 1);
            int at = firm.zh().lastIndexOf(last);
            String other = OTHER_CHARACTERS[i % 3].charAt(0) == last ? "茂" : OTHER_CHARACTERS[i % 3];
            enterpriseRows.add(uscc(regionCode) + "," + firm.zh().substring(0, at) + other
                    + firm.zh().substring(at + 1) + ",," + regionCode);
            // Decoy 2: the same name in another province.
            String own = region.map(r -> r.code().substring(0, 2)).orElse("");
            Region elsewhere = provinces.get((i * 7) % provinces.size());
            if (elsewhere.code().equals(own)) {
                elsewhere = provinces.get((i * 7 + 1) % provinces.size());
            }
            String rest =
                    prefix.map(p -> firm.zh().substring(p.text().length())).orElse(firm.zh());
            enterpriseRows.add(uscc(elsewhere.code() + "0102") + "," + elsewhere.shortName() + rest + ",,"
                    + elsewhere.code() + "0102");
            // Decoy 3: the same name with another company form.
            String otherForm = firm.zh().endsWith("股份有限公司")
                    ? firm.zh().replaceAll("股份有限公司$", "有限公司")
                    : firm.zh().replaceAll("(有限责任公司|有限公司)$", "股份有限公司");
            if (!otherForm.equals(firm.zh())) {
                enterpriseRows.add(uscc(regionCode) + "," + otherForm + ",," + regionCode);
            }
            i++;
        }
        Path enterprises = dir.resolve("labelled-enterprises.csv");
        Files.write(enterprises, enterpriseRows, StandardCharsets.UTF_8);
        Loader loader = new Loader(TestGraph.graph(), IDENTITY, 2_000);
        loader.load(
                Kind.ENTERPRISES,
                dir.resolve("generated").resolve(Kind.ENTERPRISES.fileName()),
                Optional.empty(),
                Map.of(),
                Loader.Progress.NONE);
        var loaded = loader.load(Kind.ENTERPRISES, enterprises, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(loaded.rejected()).isZero();
        TestGraph.driver()
                .executableQuery(UnlinkedListing.MERGE)
                .withParameters(Map.of("rows", listings))
                .execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();

        MatchStore store = new MatchStore(TestGraph.graph());
        ListingMatcher matcher = new ListingMatcher(store, Clock.systemUTC());
        Map<String, String> top1 = new LinkedHashMap<>();
        Map<String, List<MatchScore>> rankings = new HashMap<>();
        for (MatchStore.Unlinked l : store.unlinked()) {
            List<MatchScore> ranked = matcher.rank(l);
            top1.put(
                    l.key(),
                    ranked.isEmpty() ? null : ranked.getFirst().candidate().uscc());
            rankings.put(l.key(), ranked);
        }
        for (double threshold : new double[] {0.5, 0.8, 0.9, 0.95, 0.99}) {
            MatchPolicy policy = MatchPolicy.DEFAULT.withAutoLink(threshold);
            long links = 0;
            long correct = 0;
            for (var e : rankings.entrySet()) {
                if (policy.decide(e.getValue()) == MatchPolicy.Outcome.AUTO_LINK) {
                    links++;
                    correct += e.getValue().getFirst().candidate().uscc().equals(truth.get(e.getKey())) ? 1 : 0;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "threshold %.2f: %d links, precision %.3f, recall %.3f%n",
                    threshold,
                    links,
                    links == 0 ? 1.0 : (double) correct / links,
                    (double) correct / truth.size());
        }
        var summary = matcher.matchUnlinked(MatchPolicy.DEFAULT);
        Map<String, String> linked = new HashMap<>();
        TestGraph.driver()
                .executableQuery("MATCH (l:Listing)-[:OF]->(e:Enterprise) RETURN l.key AS key, e.uscc AS uscc")
                .execute()
                .records()
                .forEach(r -> linked.put(r.get("key").asString(), r.get("uscc").asString()));

        int positives = truth.size();
        long correctLinks = linked.entrySet().stream()
                .filter(e -> e.getValue().equals(truth.get(e.getKey())))
                .count();
        long correctTop1 = truth.entrySet().stream()
                .filter(e -> e.getValue().equals(top1.get(e.getKey())))
                .count();
        double precision = linked.isEmpty() ? 1.0 : (double) correctLinks / linked.size();
        double recall = (double) correctLinks / positives;
        double top1Accuracy = (double) correctTop1 / positives;
        var wrong = new LinkedHashSet<String>();
        linked.forEach((k, v) -> {
            if (!v.equals(truth.get(k))) {
                wrong.add(k + " "
                        + listings.stream()
                                .filter(m -> m.get("key").equals(k))
                                .findFirst()
                                .orElseThrow()
                                .get("subjectNameZh"));
            }
        });
        System.out.printf(
                Locale.ROOT,
                "match quality: %d listings (%d with a true enterprise, %d without), %d enterprises in the graph;"
                        + " auto-link at %.2f: %d links, %d correct: precision %.3f, recall %.3f;"
                        + " top-1 %.3f; review queue %d; wrong links %s%n",
                firms.size(),
                positives,
                firms.size() - positives,
                TestGraph.count("MATCH (e:Enterprise) RETURN count(e) AS n", Map.of()),
                MatchPolicy.DEFAULT.autoLink(),
                linked.size(),
                correctLinks,
                precision,
                recall,
                top1Accuracy,
                summary.queued(),
                wrong);
        assertThat(precision).as("auto-link precision").isGreaterThanOrEqualTo(0.98);
        assertThat(recall).as("auto-link recall").isGreaterThanOrEqualTo(0.90);
        assertThat(top1Accuracy).as("top-1").isGreaterThanOrEqualTo(0.95);
    }
}
