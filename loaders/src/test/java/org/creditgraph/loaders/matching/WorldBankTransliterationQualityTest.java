package org.creditgraph.loaders.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
import org.creditgraph.model.matching.MatchCandidate;
import org.creditgraph.model.matching.MatchScorer;
import org.creditgraph.model.matching.NameNormaliser;
import org.creditgraph.model.matching.NormalisedName;
import org.creditgraph.model.matching.Regions;
import org.creditgraph.model.matching.Regions.Region;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English names against Chinese enterprises, with the real World Bank file: each Chinese firm it
 * names in both scripts is screened by its English name alone through {@code matchMany} (full-text
 * retrieval and scoring against a real Neo4j). Nine in ten have their Chinese name as an enterprise;
 * one in ten has none and should hit nothing. Every firm also has a decoy, the same name with one
 * character of the core changed, among 1,000 generated enterprises; the other listed firms, which
 * share trade words and regions, must not be hit either. docs/matching.md reports the figures.
 */
class WorldBankTransliterationQualityTest {

    static final PersonIdentity IDENTITY =
            new PersonIdentity("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    static final String[] OTHER_CHARACTERS = {"鑫", "盛", "源"};
    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.25;

    int serial = 0;

    String uscc(String regionCode) {
        return Uscc.withCheckCharacter("91" + regionCode + String.format(Locale.ROOT, "TL%07d", ++serial));
    }

    @Test
    void englishNamesAloneFindTheirChineseEnterprises(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(MatchQualityTest.WORLD_BANK), "shared/data/real not present");
        TestGraph.clean();
        NameNormaliser normaliser = new NameNormaliser();
        Regions regions = Regions.standard();
        Map<String, String> englishByChinese = new TreeMap<>();
        Map<String, List<String>> addresses = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv =
                CsvReader.builder().ofNamedCsvRecord(MatchQualityTest.WORLD_BANK, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : csv) {
                if (!row.getField("Country").equals("China")) {
                    continue;
                }
                NormalisedName n = normaliser.normalise(row.getField("Firm Name"));
                if (n.chinese().isEmpty()
                        || n.english().isEmpty()
                        || n.chinese().getFirst().form() == CompanyForm.UNKNOWN) {
                    continue;
                }
                String zh = n.chinese().getFirst().full();
                // The English name as published, without its Chinese name and a registration code.
                englishByChinese.putIfAbsent(
                        zh,
                        n.english()
                                .get()
                                .full()
                                .replaceAll("\\b(?:TAX )?ID\\b|\\b[0-9A-Z]{18}\\b", " ")
                                .strip());
                addresses.computeIfAbsent(zh, k -> new ArrayList<>()).add(row.getField("Address"));
            }
        }
        assertThat(englishByChinese).hasSizeGreaterThan(100);

        Generator.generate(1_000, dir.resolve("generated"), 11);
        List<String> rows = new ArrayList<>();
        rows.add("统一社会信用代码,企业名称,曾用名,行政区划代码");
        List<String> names = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        int i = 0;
        for (var firm : englishByChinese.entrySet()) {
            String zh = firm.getKey();
            NormalisedName.Chinese parts = normaliser.normalise(zh).chinese().getFirst();
            Optional<Region> region = parts.region().or(() -> addresses.get(zh).stream()
                    .flatMap(a -> regions.inAddress(a).stream())
                    .filter(r -> r.code().length() == 4)
                    .findFirst());
            String regionCode = region.map(r -> r.code().length() == 2 ? r.code() + "0102" : r.code() + "02")
                    .orElse("110102");
            names.add(firm.getValue());
            if (i % 10 != 9) {
                String code = uscc(regionCode);
                truth.add(code);
                rows.add(code + "," + zh + ",," + regionCode);
            } else {
                truth.add(null);
            }
            char last = parts.core().charAt(parts.core().length() - 1);
            int at = zh.lastIndexOf(last);
            String other = OTHER_CHARACTERS[i % 3].charAt(0) == last ? "茂" : OTHER_CHARACTERS[i % 3];
            rows.add(uscc(regionCode) + "," + zh.substring(0, at) + other + zh.substring(at + 1) + ",," + regionCode);
            i++;
        }
        Path enterprises = dir.resolve("chinese-enterprises.csv");
        Files.write(enterprises, rows, StandardCharsets.UTF_8);
        Loader loader = new Loader(TestGraph.graph(), IDENTITY, 2_000);
        loader.load(
                Kind.ENTERPRISES,
                dir.resolve("generated").resolve(Kind.ENTERPRISES.fileName()),
                Optional.empty(),
                Map.of(),
                Loader.Progress.NONE);
        assertThat(loader.load(Kind.ENTERPRISES, enterprises, Optional.empty(), Map.of(), Loader.Progress.NONE)
                        .rejected())
                .isZero();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();

        // Scoring alone: every Chinese firm and decoy of the file is a candidate for every English name.
        List<MatchCandidate> everyone = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            everyone.add(new MatchCandidate(f[0], f[1], List.of(), f[3]));
        }
        MatchScorer scorer = new MatchScorer();
        int scoredAnswered = 0;
        int scoredCorrect = 0;
        for (int k = 0; k < names.size(); k++) {
            var ranked = scorer.rank(normaliser.normalise(names.get(k)), List.of(), everyone);
            if (!ranked.isEmpty() && ranked.getFirst().score() >= ListingMatcher.DEFAULT_THRESHOLD) {
                scoredAnswered++;
                scoredCorrect += ranked.getFirst().candidate().uscc().equals(truth.get(k)) ? 1 : 0;
            }
        }
        long withTruthCount = truth.stream().filter(t -> t != null).count();
        System.out.printf(
                Locale.ROOT,
                "World Bank English names, scoring alone (every listed firm a candidate): answered %d, correct %d,"
                        + " precision %.3f, recall %.3f%n",
                scoredAnswered,
                scoredCorrect,
                scoredAnswered == 0 ? 0.0 : (double) scoredCorrect / scoredAnswered,
                (double) scoredCorrect / withTruthCount);

        ListingMatcher matcher = new ListingMatcher(new MatchStore(TestGraph.graph()), Clock.systemUTC());
        long started = System.nanoTime();
        var answers = matcher.matchMany(names, ListingMatcher.DEFAULT_THRESHOLD, 1);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int answered = 0;
        int correct = 0;
        int withTruth = 0;
        List<String> misses = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            var shown = answers.get(k).shown();
            String hit = shown.isEmpty() ? null : shown.getFirst().candidate().uscc();
            withTruth += truth.get(k) == null ? 0 : 1;
            answered += hit == null ? 0 : 1;
            if (hit != null && hit.equals(truth.get(k))) {
                correct++;
            } else if (hit != null || truth.get(k) != null) {
                misses.add(names.get(k) + " -> "
                        + (hit == null
                                ? "nothing"
                                : shown.getFirst().candidate().name() + " "
                                        + shown.getFirst().displayScore())
                        + (truth.get(k) == null ? " (should hit nothing)" : ""));
            }
        }
        double precision = answered == 0 ? 0 : (double) correct / answered;
        double recall = (double) correct / withTruth;
        System.out.printf(
                Locale.ROOT,
                "World Bank English names: %d firms (%d with a true enterprise), %d enterprises in the graph,"
                        + " threshold %.2f: answered %d, correct %d, precision %.3f, recall %.3f; matchMany took %d ms%n",
                names.size(),
                withTruth,
                TestGraph.count("MATCH (e:Enterprise) RETURN count(e) AS n", Map.of()),
                ListingMatcher.DEFAULT_THRESHOLD,
                answered,
                correct,
                precision,
                recall,
                millis);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(precision).as(misses.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as(misses.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
