package org.creditgraph.model;

import java.time.LocalDate;
import org.creditgraph.model.rules.AccidentGrade;

/**
 * 生产安全事故: one production-safety accident (D2). {@code directLossYuan} is an exact CNY decimal
 * as a plain string; {@code enterprise} is the accident unit (事故单位) when it is known to the graph.
 */
public record Accident(
        String accidentNumber,
        String title,
        LocalDate occurredOn,
        long deaths,
        long seriousInjuries,
        String directLossYuan,
        AccidentGrade grade,
        String category,
        Boolean liability,
        String regionCode,
        String industryCode,
        Enterprise enterprise) {}
