package org.creditgraph.model.rules;

import java.time.Period;
import java.util.Optional;

/** D3: the list regime a listing belongs to, with its management period and legal source. */
public enum ListingRegime {
    /** 安监总办〔2017〕49号: 联合惩戒对象. */
    JOINT_SANCTION_TARGET("联合惩戒对象", Period.ofYears(1), "安监总办〔2017〕49号（对安全生产领域失信行为开展联合惩戒的实施办法）"),
    /** 安监总办〔2017〕49号: the stricter 黑名单 subset of the joint-sanction targets. */
    BLACKLIST("安全生产失信联合惩戒“黑名单”", Period.ofYears(1), "安监总办〔2017〕49号（对安全生产领域失信行为开展联合惩戒的实施办法）"),
    /** 应急管理部令第11号, in force 2023-10-01. */
    SERIOUS_DISHONESTY("安全生产严重失信主体名单", Period.ofYears(3), "安全生产严重失信主体名单管理办法（应急管理部令第11号）");

    private final String zh;
    private final Period defaultPeriod;
    private final String legalSource;

    ListingRegime(String zh, Period defaultPeriod, String legalSource) {
        this.zh = zh;
        this.defaultPeriod = defaultPeriod;
        this.legalSource = legalSource;
    }

    /**
     * D3: the regime named by a source: an enum name, text containing 严重失信 (→ SERIOUS_DISHONESTY),
     * containing 黑名单 (→ BLACKLIST), or containing 联合惩戒 (→ JOINT_SANCTION_TARGET), checked in
     * that order. Anything else is empty.
     */
    public static Optional<ListingRegime> parse(String text) {
        String t = TextNormaliser.compact(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (ListingRegime regime : values()) {
            if (regime.name().equalsIgnoreCase(t)) {
                return Optional.of(regime);
            }
        }
        if (t.contains("严重失信")) {
            return Optional.of(SERIOUS_DISHONESTY);
        }
        if (t.contains("黑名单")) {
            return Optional.of(BLACKLIST);
        }
        if (t.contains("联合惩戒")) {
            return Optional.of(JOINT_SANCTION_TARGET);
        }
        return Optional.empty();
    }

    /** D3: management period when the source gives no expiry: 1 year (2017 regime), 3 years (令第11号). */
    public Period defaultPeriod() {
        return defaultPeriod;
    }

    /** D3: the document that defines this regime. */
    public String legalSource() {
        return legalSource;
    }

    /** D3: the Chinese name of the list. */
    public String zh() {
        return zh;
    }
}
