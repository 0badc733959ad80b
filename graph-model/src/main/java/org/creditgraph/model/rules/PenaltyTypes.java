package org.creditgraph.model.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * D11: maps the free Chinese text of a penalty-type or penalty-content cell to {@link PenaltyType}s.
 *
 * <p>Interpretation: a cell is split at ; ； 、 , ， / and whitespace; each part is an enum name or is
 * searched for the keywords below (so one long phrase may yield several types). Bare 暂扣 and 吊销
 * only ever apply to licences, certificates and qualifications in administrative law, which also
 * maps the pre-2021 wording 暂扣或者吊销许可证/执照 to both types. {@link PenaltyType#OTHER} is
 * returned when the text is non-empty and nothing in it is recognised, or when a part says 其他;
 * surrounding words such as legal citations or amounts do not add OTHER next to recognised types.
 */
public final class PenaltyTypes {

    private static final Pattern SEPARATORS = Pattern.compile("[;；、,，/\\s]+");
    private static final Set<String> EXPLICIT_OTHER = Set.of("其他", "其它", "其他行政处罚", "其他处罚", "OTHER");

    private record Keyword(String text, PenaltyType type) {}

    // D11: order does not matter, every keyword found adds its type.
    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword("警告", PenaltyType.WARNING),
            new Keyword("通报批评", PenaltyType.WARNING),
            new Keyword("罚款", PenaltyType.FINE),
            new Keyword("没收", PenaltyType.CONFISCATION),
            new Keyword("暂扣", PenaltyType.LICENCE_SUSPENSION),
            new Keyword("降低资质", PenaltyType.QUALIFICATION_DOWNGRADE),
            new Keyword("吊销", PenaltyType.LICENCE_REVOCATION),
            new Keyword("限制开展生产经营", PenaltyType.RESTRICTION),
            new Keyword("限制生产经营", PenaltyType.RESTRICTION),
            new Keyword("停产", PenaltyType.SUSPENSION_OF_PRODUCTION),
            new Keyword("停业", PenaltyType.SUSPENSION_OF_PRODUCTION),
            new Keyword("停止生产", PenaltyType.SUSPENSION_OF_PRODUCTION),
            new Keyword("停止经营", PenaltyType.SUSPENSION_OF_PRODUCTION),
            new Keyword("关闭", PenaltyType.CLOSURE),
            new Keyword("限制从业", PenaltyType.PRACTICE_BAN),
            new Keyword("禁止从业", PenaltyType.PRACTICE_BAN),
            new Keyword("拘留", PenaltyType.DETENTION));

    private PenaltyTypes() {}

    /** D11: the types named by a cell; empty for empty text, {@code [OTHER]} for unrecognised text. */
    public static EnumSet<PenaltyType> parse(String cell) {
        return infer(cell, null);
    }

    /** D11: the types named by the content, plus {@link PenaltyType#FINE} when a fine above 0 is given. */
    public static EnumSet<PenaltyType> infer(String content, BigDecimal fineYuan) {
        EnumSet<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
        boolean explicitOther = false;
        boolean anyText = false;
        for (String part : SEPARATORS.split(TextNormaliser.fold(content))) {
            if (part.isEmpty()) {
                continue;
            }
            anyText = true;
            String upper = part.toUpperCase(Locale.ROOT).replace('-', '_').replace("LICENSE", "LICENCE");
            if (EXPLICIT_OTHER.contains(upper)) {
                explicitOther = true;
                continue;
            }
            PenaltyType named = byName(upper);
            if (named != null) {
                types.add(named);
                continue;
            }
            for (Keyword keyword : KEYWORDS) {
                if (part.contains(keyword.text())) {
                    types.add(keyword.type());
                }
            }
        }
        if (fineYuan != null && fineYuan.signum() > 0) {
            types.add(PenaltyType.FINE);
        }
        if (explicitOther || (types.isEmpty() && anyText)) {
            types.add(PenaltyType.OTHER);
        }
        return types;
    }

    private static PenaltyType byName(String upper) {
        for (PenaltyType type : PenaltyType.values()) {
            if (type.name().equals(upper)) {
                return type;
            }
        }
        return null;
    }
}
