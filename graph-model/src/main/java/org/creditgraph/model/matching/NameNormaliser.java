package org.creditgraph.model.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgraph.model.matching.NormalisedName.Chinese;
import org.creditgraph.model.matching.NormalisedName.English;
import org.creditgraph.model.matching.Regions.Prefix;
import org.creditgraph.model.matching.Regions.Region;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * Takes a published name apart (issue 9): full-width folding (NFKC, as for D1 codes), the Chinese
 * name in brackets of {@code HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301}, company
 * forms (有限公司 / 有限责任公司 / 股份有限公司 / 集团 / CO., LTD. / LIMITED / CORP), region prefixes
 * (湖南省, 长沙市 and a following 区/县) and aliases ({@code f/k/a}, {@code d/b/a}). Pure: no database.
 */
public final class NameNormaliser {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern REG_NO =
            Pattern.compile("\\(?\\s*Reg\\.?\\s*No\\.?\\s*:?\\s*([0-9A-Za-z]{18})\\s*\\)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_NUMBER = Pattern.compile("\\*\\s*(\\d+)");
    private static final Pattern ALIAS =
            Pattern.compile("\\s*\\b(?:f/k/a|d/b/a|a/k/a|aka|formerly)\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTRICT = Pattern.compile("^\\p{IsHan}{1,3}?[区县旗]");
    private static final Set<String> ENGLISH_NOISE = Set.of("THE", "AND");

    private final Regions regions;

    public NameNormaliser() {
        this(Regions.standard());
    }

    public NameNormaliser(Regions regions) {
        this.regions = regions;
    }

    public NormalisedName normalise(String published) {
        String text = TextNormaliser.fold(published);
        Optional<String> uscc = Optional.empty();
        Matcher reg = REG_NO.matcher(text);
        if (reg.find()) {
            uscc = Optional.of(reg.group(1).toUpperCase(Locale.ROOT));
            text = reg.replaceAll(" ");
        }
        Optional<String> caseNumber = Optional.empty();
        Matcher cn = CASE_NUMBER.matcher(text);
        if (cn.find()) {
            caseNumber = Optional.of(cn.group(1));
            text = cn.replaceAll(" ");
        }
        text = text.replace("*", " ");
        List<String> chineseTexts = new ArrayList<>();
        String latinPart;
        if (!LATIN.matcher(text).find()) {
            chineseTexts.add(text);
            latinPart = "";
        } else {
            StringBuilder rest = new StringBuilder();
            for (String[] part : topLevelBrackets(text)) {
                if (part[1] != null && HAN.matcher(part[1]).find()) {
                    for (String alt : part[1].split("[,，;；、]")) {
                        chineseTexts.add(alt);
                    }
                } else {
                    rest.append(part[0]);
                }
            }
            latinPart = rest.toString();
        }
        List<Chinese> chinese = new ArrayList<>();
        for (String c : chineseTexts) {
            chinese(c).ifPresent(chinese::add);
        }
        Optional<English> english = Optional.empty();
        String[] aliases = ALIAS.split(latinPart);
        for (String alias : aliases) {
            english = english(alias);
            if (english.isPresent()) {
                break;
            }
        }
        return new NormalisedName(published, chinese, english, caseNumber, uscc);
    }

    /** A Chinese name taken apart; empty when nothing Chinese is left. */
    Optional<Chinese> chinese(String raw) {
        String text = TextNormaliser.compact(raw).replaceAll("[\"'“”‘’·.,，。]", "");
        if (!HAN.matcher(text).find()) {
            return Optional.empty();
        }
        Region bracketRegion = null;
        boolean group = false;
        StringBuilder plain = new StringBuilder();
        for (String[] part : topLevelBrackets(text)) {
            if (part[1] == null) {
                plain.append(part[0]);
                continue;
            }
            String inner = part[1];
            Optional<Region> named = regions.named(inner);
            if (named.isPresent()) {
                bracketRegion = named.get();
            } else if (inner.equals(CompanyForm.GROUP_ZH)) {
                group = true;
            } else {
                plain.append(inner);
            }
        }
        String full = plain.toString();
        String rest = full;
        CompanyForm form = CompanyForm.UNKNOWN;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Map.Entry<String, CompanyForm> ending : CompanyForm.CHINESE_ENDINGS) {
                if (rest.endsWith(ending.getKey())
                        && rest.length() > ending.getKey().length()) {
                    form = form.or(ending.getValue());
                    rest = rest.substring(0, rest.length() - ending.getKey().length());
                    stripped = true;
                    break;
                }
            }
            if (rest.endsWith(CompanyForm.GROUP_ZH) && rest.length() > CompanyForm.GROUP_ZH.length()) {
                group = true;
                rest = rest.substring(0, rest.length() - CompanyForm.GROUP_ZH.length());
                stripped = true;
            }
        }
        if (form == CompanyForm.BRANCH) {
            // 威海建设集团股份有限公司东营分公司: the parent's form is part of the branch's core.
            rest = rest.replaceAll("股份有限公司|有限责任公司|有限公司", "");
        }
        Region region = null;
        Optional<Prefix> prefix;
        while ((prefix = regions.prefixOf(rest)).isPresent()) {
            Region found = prefix.get().region();
            if (region != null && !Regions.compatible(region.code(), found.code())) {
                break;
            }
            region = region == null || found.code().length() > region.code().length() ? found : region;
            rest = rest.substring(prefix.get().text().length());
            Matcher district = DISTRICT.matcher(rest);
            if (district.find() && rest.length() > district.end() + 1) {
                rest = rest.substring(district.end());
            }
        }
        if (region == null) {
            region = bracketRegion;
        }
        return Optional.of(new Chinese(full, rest, Optional.ofNullable(region), form, group));
    }

    /** An English name taken apart; empty when no letters are left. */
    Optional<English> english(String raw) {
        String text = raw.toUpperCase(Locale.ROOT)
                .replace("&", " AND ")
                .replace("'", "")
                .replaceAll("[^A-Z0-9()]+", " ");
        Region region = null;
        StringBuilder outside = new StringBuilder();
        for (String[] part : topLevelBrackets(text)) {
            if (part[1] == null) {
                outside.append(part[0]).append(' ');
            } else {
                var named = regions.inAddress(part[1]);
                if (named.size() == 1) {
                    region = named.iterator().next();
                } else if (!ENGLISH_NOISE.contains(part[1].strip())) {
                    outside.append(' ').append(part[1]).append(' ');
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : outside.toString().trim().split("\\s+")) {
            if (!w.isBlank() && !w.equals("(") && !w.equals(")")) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String full = String.join(" ", words);
        CompanyForm form = CompanyForm.UNKNOWN;
        boolean group = false;
        while (!words.isEmpty()) {
            String last = words.getLast();
            if (CompanyForm.ENGLISH_ENDINGS.containsKey(last)) {
                form = form.or(CompanyForm.ENGLISH_ENDINGS.get(last));
            } else if (CompanyForm.ENGLISH_GROUP.contains(last)) {
                group = true;
            } else {
                break;
            }
            words.removeLast();
        }
        if (words.size() > 2
                && regions.withPinyin(words.get(0) + " " + words.get(1)).size() == 1) {
            region = regions.withPinyin(words.get(0) + " " + words.get(1)).getFirst();
            words.removeFirst();
            words.removeFirst();
        } else if (words.size() > 1) {
            // A city that several share (SUZHOU: 苏州 and 宿州) leaves the core but names no region.
            var first = regions.withPinyin(words.getFirst());
            if (!first.isEmpty()) {
                region = first.size() == 1 ? first.getFirst() : null;
                words.removeFirst();
            }
        }
        words.removeIf(ENGLISH_NOISE::contains);
        return Optional.of(new English(full, String.join(" ", words), Optional.ofNullable(region), form, group));
    }

    /**
     * Splits text into parts outside brackets ({@code [text, null]}) and top-level bracketed parts
     * ({@code [text, inner]}); nested brackets stay inside their outer part. An unclosed bracket
     * closes at the end.
     */
    static List<String[]> topLevelBrackets(String text) {
        List<String[]> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    if (!current.isEmpty()) {
                        parts.add(new String[] {current.toString(), null});
                    }
                    current.setLength(0);
                } else {
                    current.append(c);
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    parts.add(new String[] {"(" + current + ")", current.toString()});
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(
                    depth > 0
                            ? new String[] {"(" + current, current.toString()}
                            : new String[] {current.toString(), null});
        }
        return parts;
    }
}
