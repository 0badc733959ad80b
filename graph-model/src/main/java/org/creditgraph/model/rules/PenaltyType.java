package org.creditgraph.model.rules;

/** D11: kinds of administrative penalty (行政处罚法 2021, Art. 9). One decision may carry several. */
public enum PenaltyType {
    WARNING("警告、通报批评"),
    FINE("罚款"),
    CONFISCATION("没收违法所得、没收非法财物"),
    LICENCE_SUSPENSION("暂扣许可证件"),
    QUALIFICATION_DOWNGRADE("降低资质等级"),
    LICENCE_REVOCATION("吊销许可证件"),
    RESTRICTION("限制开展生产经营活动"),
    SUSPENSION_OF_PRODUCTION("责令停产停业"),
    CLOSURE("责令关闭"),
    PRACTICE_BAN("限制从业"),
    DETENTION("行政拘留"),
    OTHER("其他行政处罚");

    private final String zh;

    PenaltyType(String zh) {
        this.zh = zh;
    }

    /** D11: the wording of 行政处罚法 Art. 9. */
    public String zh() {
        return zh;
    }
}
