package org.creditgraph.model.matching;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a Chinese name in Latin letters so that an English or pinyin spelling of it can be compared
 * (兰州佳博化学 → JIABO CHEMICAL once the region is taken off): the trade words of
 * {@code matching/trade-words.csv} (化学/化工 → CHEMICAL, 路桥 → ROAD BRIDGE) become their English
 * word, every other run of characters its toneless pinyin, one word per run (佳博 → JIABO), the way
 * English versions of Chinese firm names write the 字号. English names are read with the same words
 * (CHEMICALS and HUAGONG → CHEMICAL). ICU's Han-Latin transliterator gives the pinyin; it reads each
 * character in its most common sound, so a polyphone (长 CHANG/ZHANG, 重 CHONG/ZHONG) can be misread,
 * and homophones (佳博 and 家博) read alike. Pure: no database.
 */
public final class Transliteration {

    private static final Set<String> ENGLISH_NOISE = Set.of("AND", "THE", "OF");
    private static final Transliteration STANDARD = load();

    private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Upper");
    private final Map<Integer, String> syllables = new ConcurrentHashMap<>();
    /** English phrase (words joined by one space) → the English word it reads as. */
    private final Map<String, String> englishPhrases = new HashMap<>();
    /** Chinese trade word → the English word it reads as. */
    private final Map<String, String> chineseWords = new HashMap<>();
    /** The English word → its Chinese spellings, for searching a Chinese index with an English name. */
    private final Map<String, List<String>> chineseOf = new HashMap<>();

    private int longestPhrase = 1;
    private int longestChinese = 1;

    private Transliteration() {}

    public static Transliteration standard() {
        return STANDARD;
    }

    /** Toneless upper-case pinyin, one syllable per character, separated by spaces; Latin text kept. */
    public String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String part = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    ? " " + syllables.computeIfAbsent(cp, this::latin) + " "
                    : Character.toString(cp).toUpperCase(Locale.ROOT);
            out.append(part);
        });
        return out.toString().replaceAll("[^A-Z0-9]+", " ").strip();
    }

    /**
     * One character through ICU's rule-based transliterator (about a millisecond a call), kept per
     * character: ICU reads Han character by character anyway, and a registry's names use a few
     * thousand distinct characters at most.
     */
    private String latin(int codePoint) {
        synchronized (hanLatin) {
            return hanLatin.transliterate(Character.toString(codePoint));
        }
    }

    /** A Chinese name (or core) as words: trade words in English, other runs in pinyin. */
    public List<String> reading(String chinese) {
        List<String> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < chinese.length()) {
            String word = null;
            int length = Math.min(longestChinese, chinese.length() - i);
            for (; length > 0; length--) {
                word = chineseWords.get(chinese.substring(i, i + length));
                if (word != null) {
                    break;
                }
            }
            if (word == null) {
                run.append(chinese.charAt(i));
                i++;
                continue;
            }
            flush(run, words);
            words.add(word);
            i += length;
        }
        flush(run, words);
        return words;
    }

    /** An English name (or core) as words: trade words (in any of their spellings) as one word each. */
    public List<String> english(String english) {
        List<String> raw = wordsOf(english);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            String word = null;
            int length = Math.min(longestPhrase, raw.size() - i);
            for (; length > 0; length--) {
                word = englishPhrases.get(String.join(" ", raw.subList(i, i + length)));
                if (word != null) {
                    break;
                }
            }
            if (word == null) {
                words.add(raw.get(i));
                i++;
            } else {
                words.add(word);
                i += length;
            }
        }
        return words;
    }

    /** The Chinese spellings of the trade words in an English name, to find candidates by. */
    public Set<String> chineseTerms(String english) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : english(english)) {
            terms.addAll(chineseOf.getOrDefault(word, List.of()));
        }
        return terms;
    }

    private void flush(StringBuilder run, List<String> words) {
        if (!run.isEmpty()) {
            String joined = pinyin(run.toString()).replace(" ", "");
            if (!joined.isEmpty()) {
                words.add(joined);
            }
            run.setLength(0);
        }
    }

    private static Transliteration load() {
        Transliteration t = new Transliteration();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Transliteration.class.getResourceAsStream("/matching/trade-words.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] row : rows) {
            String[] englishSpellings = row[0].split("\\|");
            String word = String.join("", wordsOf(englishSpellings[0]));
            List<String> chinese = new ArrayList<>();
            for (String c : row[1].split("\\|")) {
                chinese.add(c.strip());
                t.chineseWords.putIfAbsent(c.strip(), word);
                t.longestChinese = Math.max(t.longestChinese, c.strip().length());
            }
            t.chineseOf.computeIfAbsent(word, k -> new ArrayList<>()).addAll(chinese);
            for (String spelling : englishSpellings) {
                List<String> words = wordsOf(spelling);
                t.englishPhrases.putIfAbsent(String.join(" ", words), word);
                t.longestPhrase = Math.max(t.longestPhrase, words.size());
            }
        }
        // Pinyin spellings of trade words of two characters or more (化工 → HUAGONG): a single
        // syllable (市 SHI, 县 XIAN) is too often part of a 字号 to be read as a trade word.
        for (String[] row : rows) {
            String word = String.join("", wordsOf(row[0].split("\\|")[0]));
            for (String c : row[1].split("\\|")) {
                if (c.strip().length() >= 2) {
                    t.englishPhrases.putIfAbsent(t.pinyin(c.strip()).replace(" ", ""), word);
                }
            }
        }
        return t;
    }

    private static List<String> wordsOf(String spelling) {
        List<String> words = new ArrayList<>();
        for (String w : spelling.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!w.isEmpty() && !ENGLISH_NOISE.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
