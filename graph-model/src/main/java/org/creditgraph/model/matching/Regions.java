package org.creditgraph.model.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Provinces and prefecture-level cities (GB/T 2260 code prefixes) from {@code matching/regions.csv}:
 * region prefixes of enterprise names (湖南省…, 长沙市…) and place names in English addresses
 * (CHANGSHA, HUNAN), compared with an enterprise's 6-digit region code.
 */
public final class Regions {

    /** A province (2-digit code prefix) or a city (4-digit), with its full and short Chinese names. */
    public record Region(String code, String name, String shortName, List<String> pinyin) {

        /** True when both lie in one another (湖南 43 and 长沙 4301, or 4301 and 430102). */
        public boolean contains(String regionCode) {
            return regionCode != null && !regionCode.isBlank() && compatible(code, regionCode);
        }
    }

    /** A region prefix found at the start of a Chinese name and the text it took. */
    public record Prefix(Region region, String text) {}

    private static final Regions INSTANCE = load();

    private final List<Region> regions;
    private final List<Map.Entry<String, Region>> prefixes = new ArrayList<>();
    private final Map<String, List<Region>> byPinyin = new HashMap<>();
    private final Map<String, Region> byCode = new HashMap<>();

    private Regions(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region r : regions) {
            prefixes.add(Map.entry(r.name(), r));
            prefixes.add(Map.entry(r.shortName(), r));
            for (String p : r.pinyin()) {
                byPinyin.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
            byCode.put(r.code(), r);
        }
        // Longest first: 内蒙古自治区 before 内蒙古, 长沙市 before 长沙.
        prefixes.sort(Comparator.comparingInt(
                        (Map.Entry<String, Region> e) -> e.getKey().length())
                .reversed());
    }

    public static Regions standard() {
        return INSTANCE;
    }

    public List<Region> all() {
        return regions;
    }

    /** The longest region name or short name {@code text} starts with, if any. */
    public Optional<Prefix> prefixOf(String text) {
        for (Map.Entry<String, Region> e : prefixes) {
            if (text.startsWith(e.getKey()) && text.length() > e.getKey().length()) {
                return Optional.of(new Prefix(e.getValue(), e.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The region whose full or short name is exactly {@code text}. */
    public Optional<Region> named(String text) {
        return prefixes.stream()
                .filter(e -> e.getKey().equals(text))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The province or city of a 6-digit region code (city when listed, else province). */
    public Optional<Region> ofCode(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            return Optional.empty();
        }
        if (regionCode.length() >= 4 && byCode.containsKey(regionCode.substring(0, 4))) {
            return Optional.of(byCode.get(regionCode.substring(0, 4)));
        }
        return Optional.ofNullable(byCode.get(regionCode.substring(0, 2)));
    }

    /**
     * GB/T 2260: the province and city of a region code as one name ("甘肃省兰州市"; a municipality
     * alone, "北京市"); empty when the code is not digits or its province is unknown. County-level
     * names are not shipped: a county code reads as its city.
     */
    public Optional<String> nameOf(String regionCode) {
        if (regionCode == null || !regionCode.strip().matches("\\d{2,12}")) {
            return Optional.empty();
        }
        String code = regionCode.strip();
        Region province = byCode.get(code.substring(0, 2));
        if (province == null) {
            return Optional.empty();
        }
        Region city = code.length() >= 4 ? byCode.get(code.substring(0, 4)) : null;
        return Optional.of(
                city == null || city.name().equals(province.name()) ? province.name() : province.name() + city.name());
    }

    /**
     * Regions named in an English address ("FURONG DISTRICT, CHANGSHA, HUNAN 410007"): whole words
     * or two-word names in pinyin. Several cities share a pinyin (SUZHOU, FUZHOU, TAIZHOU): all are kept.
     */
    public Set<Region> inAddress(String address) {
        Set<Region> found = new LinkedHashSet<>();
        if (address == null) {
            return found;
        }
        String[] words = address.toUpperCase(Locale.ROOT)
                .replace("'", "")
                .replaceAll("[^A-Z]+", " ")
                .trim()
                .split(" ");
        for (int i = 0; i < words.length; i++) {
            found.addAll(byPinyin.getOrDefault(words[i], List.of()));
            if (i + 1 < words.length) {
                found.addAll(byPinyin.getOrDefault(words[i] + " " + words[i + 1], List.of()));
            }
        }
        return found;
    }

    /** The regions spelt exactly so in pinyin (one or two words: INNER MONGOLIA). */
    public List<Region> withPinyin(String pinyin) {
        return byPinyin.getOrDefault(pinyin, List.of());
    }

    /** Codes agree when the shorter is a prefix of the longer (43 and 430102; not 4301 and 4302). */
    public static boolean compatible(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return n >= 2 && a.regionMatches(0, b, 0, n);
    }

    private static Regions load() {
        List<Region> regions = new ArrayList<>();
        try (InputStream in = Regions.class.getResourceAsStream("/matching/regions.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                List<String> pinyin = new ArrayList<>();
                for (String p : f[3].split("\\|")) {
                    pinyin.add(p.strip().replace("'", "").toUpperCase(Locale.ROOT));
                }
                regions.add(new Region(f[0], f[1], f[2], pinyin));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(regions);
    }
}
