/**
 * Domain rules of {@code /work/shared/spec/domain.md} as small, pure, JDK-only functions. "As of"
 * dates are always arguments; money is exact {@link java.math.BigDecimal} CNY; end dates are
 * exclusive.
 *
 * <ul>
 *   <li>D1 identifiers: {@link org.creditgraph.model.rules.Uscc}, {@link org.creditgraph.model.rules.ResidentId},
 *       {@link org.creditgraph.model.rules.TextNormaliser} (full-width folding).
 *   <li>D2 accident grade: {@link org.creditgraph.model.rules.AccidentGrade}.
 *   <li>D3 lists: {@link org.creditgraph.model.rules.ListingRegime} (regime, period, source),
 *       {@link org.creditgraph.model.rules.ListingPeriod} (in force on a date, removal, restoration).
 *   <li>D5 principal bans: {@link org.creditgraph.model.rules.PrincipalBan}, with the GB/T 4754 section of
 *       {@link org.creditgraph.model.rules.Industry}.
 *   <li>D6 publicity window and evidence: {@link org.creditgraph.model.rules.Publicity}.
 *   <li>D9 listing criteria: {@link org.creditgraph.model.rules.ListingCriteria}.
 *   <li>D10 working days and the disclosure deadline: {@link org.creditgraph.model.rules.WorkingDays} over a
 *       {@link org.creditgraph.model.rules.HolidayCalendar} (data: {@code calendar/cn-YYYY.csv}).
 *   <li>D11 penalty types and amounts: {@link org.creditgraph.model.rules.PenaltyType},
 *       {@link org.creditgraph.model.rules.PenaltyTypes}, {@link org.creditgraph.model.rules.Money}.
 *   <li>Dates in source formats, for all time rules: {@link org.creditgraph.model.rules.Dates}.
 *   <li>D12 masking of ID numbers: {@link org.creditgraph.model.rules.ResidentId#mask(String)}, and of
 *       every resident ID number inside any text: {@link org.creditgraph.model.rules.ResidentIdScrubber}.
 * </ul>
 */
package org.creditgraph.model.rules;
