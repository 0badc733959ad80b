package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.creditgraph.model.SubjectKind;

/**
 * D3: a list regime (名单制度), read from data ({@link ListingRegimes}, {@code regimes/regimes.yaml}):
 * its subject kinds, period rules, whether it restricts or rewards, the reason code its listings
 * give, and its legal source. The work-safety regimes are constants here for the code that names
 * them; any other regime exists only in the data.
 */
public final class ListingRegime {

    /** Whether a regime's listings restrict (惩戒) or reward (激励) their subjects. */
    public enum Effect {
        RESTRICTS,
        REWARDS
    }

    private final String name;
    private final String zh;
    private final String en;
    private final Effect effect;
    private final String reason;
    private final List<SubjectKind> subjectKinds;
    private final Period defaultPeriod;
    private final LocalDate permanentMarker;
    private final boolean subjectCodeRequired;
    private final List<String> aliases;
    private final String legalSource;

    // Loaded here, before the constants, so that class initialisation never sees a half-built registry.
    static final ListingRegimes SHIPPED = ListingRegimes.loadShipped();

    /** 安监总办〔2017〕49号: 联合惩戒对象. */
    public static final ListingRegime JOINT_SANCTION_TARGET = SHIPPED.require("JOINT_SANCTION_TARGET");
    /** 安监总办〔2017〕49号: the stricter 黑名单 subset of the joint-sanction targets. */
    public static final ListingRegime BLACKLIST = SHIPPED.require("BLACKLIST");
    /** 应急管理部令第11号, in force 2023-10-01. */
    public static final ListingRegime SERIOUS_DISHONESTY = SHIPPED.require("SERIOUS_DISHONESTY");

    ListingRegime(
            String name,
            String zh,
            String en,
            Effect effect,
            String reason,
            List<SubjectKind> subjectKinds,
            Period defaultPeriod,
            LocalDate permanentMarker,
            boolean subjectCodeRequired,
            List<String> aliases,
            String legalSource) {
        this.name = Objects.requireNonNull(name, "code");
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = en;
        this.effect = Objects.requireNonNull(effect, "effect");
        this.reason = reason == null ? "LISTED" : reason;
        this.subjectKinds = List.copyOf(subjectKinds);
        this.defaultPeriod = defaultPeriod;
        this.permanentMarker = permanentMarker;
        this.subjectCodeRequired = subjectCodeRequired;
        this.aliases = List.copyOf(aliases);
        this.legalSource = legalSource;
    }

    /** Every regime known (shipped and contributed files), in file order. */
    public static List<ListingRegime> values() {
        return ListingRegimes.shipped().all();
    }

    /** The regime with this code; IllegalArgumentException when no file defines it. */
    public static ListingRegime valueOf(String code) {
        return ListingRegimes.shipped().require(code);
    }

    /**
     * D3: the regime named by a source: its code or Chinese name, else the first regime (in file
     * order) with an alias contained in the text — 严重失信 (→ SERIOUS_DISHONESTY), 黑名单 (→
     * BLACKLIST), 联合惩戒 (→ JOINT_SANCTION_TARGET), 红名单 (→ RED_LIST) ... Anything else is empty.
     */
    public static Optional<ListingRegime> parse(String text) {
        return ListingRegimes.shipped().parse(text);
    }

    /** The stable code, stored on listings and used by the catalogues. */
    public String name() {
        return name;
    }

    /** D3: the Chinese name of the list. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public Effect effect() {
        return effect;
    }

    /** Whether listings of this regime restrict their subjects (a red list does not). */
    public boolean restricts() {
        return effect == Effect.RESTRICTS;
    }

    /** The reason code a listing in force gives (LISTED, or e.g. FOREIGN_DEBARMENT). */
    public String reason() {
        return reason;
    }

    public List<SubjectKind> subjectKinds() {
        return subjectKinds;
    }

    /**
     * D3: management period when the source gives no expiry: 1 year (2017 regime), 3 years (令第11号);
     * null when the regime has none (the listing lasts until its removal).
     */
    public Period defaultPeriod() {
        return defaultPeriod;
    }

    /** The expiry date a source uses for "permanent" (World Bank: 2999-12-31), if any. */
    public Optional<LocalDate> permanentMarker() {
        return Optional.ofNullable(permanentMarker);
    }

    /** Whether this expiry, as given by a source, means the listing is permanent. */
    public boolean isPermanentExpiry(LocalDate expiresOn) {
        return permanentMarker != null && permanentMarker.equals(expiresOn);
    }

    /** Whether a listing row must identify its subject by USCC or ID number. */
    public boolean subjectCodeRequired() {
        return subjectCodeRequired;
    }

    List<String> aliases() {
        return aliases;
    }

    /** D3: the document that defines this regime. */
    public String legalSource() {
        return legalSource;
    }

    boolean namedBy(String compactText) {
        String upper = compactText.toUpperCase(Locale.ROOT);
        return name.equalsIgnoreCase(compactText)
                || TextNormaliser.compact(zh).equals(compactText)
                || aliases.stream().anyMatch(a -> TextNormaliser.compact(a)
                        .toUpperCase(Locale.ROOT)
                        .equals(upper));
    }

    boolean hasAliasIn(String compactText) {
        String upper = compactText.toUpperCase(Locale.ROOT);
        return aliases.stream()
                .anyMatch(a -> upper.contains(TextNormaliser.compact(a).toUpperCase(Locale.ROOT)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListingRegime other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
