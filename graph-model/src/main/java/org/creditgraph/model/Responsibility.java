package org.creditgraph.model;

import java.time.LocalDate;

/**
 * 事故责任: a party held responsible for an accident by its investigation report (D5).
 * {@code party} is the enterprise or person (masked for PUBLIC, D12); {@code responsibility} is
 * 直接责任|主要责任|重要责任|领导责任, {@code outcome} 刑事处罚|撤职|罚款|处分|其他.
 */
public record Responsibility(
        String accidentNumber,
        Subject party,
        String position,
        String responsibility,
        String outcome,
        LocalDate outcomeOn,
        LocalDate sentenceEndOn) {

    /** Stable id: the accident number and the party's opaque id. */
    public String key() {
        return accidentNumber + "|" + party.id();
    }
}
