package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.PrincipalBan;

/**
 * D5 evidence: one person's responsibility for one accident, as recorded by the investigation
 * report ({@code responsibility} is 直接责任|主要责任|重要责任|领导责任, {@code outcome}
 * 刑事处罚|撤职|罚款|处分|其他). {@code industrySection} is the GB/T 4754 section of the accident's
 * enterprise, or the industry the data gives explicitly.
 */
public record ResponsibilityFact(
        String accidentNumber,
        AccidentGrade grade,
        Character industrySection,
        String responsibility,
        String outcome,
        LocalDate outcomeOn,
        LocalDate sentenceEndOn,
        LocalDate reportApprovedOn) {

    /** D5: the same record in the shape of the ban rule. */
    public PrincipalBan.Responsibility toResponsibility() {
        return new PrincipalBan.Responsibility(
                accidentNumber,
                grade,
                industrySection,
                responsibility,
                outcome,
                outcomeOn,
                sentenceEndOn,
                reportApprovedOn);
    }

    /** D5: the bans that follow from this responsibility (none when its dates are unknown). */
    public List<PrincipalBan.Ban> bans() {
        return PrincipalBan.bansFrom(toResponsibility());
    }
}
