package org.standby.load.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.policy.CompensationMode;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "LoadResponse",
        description = "load and sustainability of a team over a date range (inclusive, team "
                + "zone). source: PUBLISHED (the published shifts), GENERATED (a rota the engine generated because none is "
                + "published; stored nowhere) or SCENARIO (a what-if). Hours are real elapsed hours; compensation owed is "
                + "shown to directors only")
public record LoadResponse(
        LocalDate from,
        LocalDate to,
        String source,
        Thresholds thresholds,
        Rules rules,
        CompensationMode compensationMode,
        List<MemberLoad> members,
        List<Month> months,
        Totals totals,

        @Schema(
                description = "where the rota does not keep the policy's unplugged rules (rest a signed coverage "
                        + "agreement guarantees): kind FREE_WEEKENDS (period a month) or FREE_WEEK_IN_BREAK (period "
                        + "first..last day of the break), free against required; absent when the policy sets none")
        List<UnpluggedGap> unplugged) {

    /** This report with the unplugged gaps. */
    public LoadResponse withUnplugged(List<UnpluggedGap> gaps) {
        return new LoadResponse(from, to, source, thresholds, rules, compensationMode, members, months, totals, gaps);
    }

    @Schema(name = "LoadUnpluggedGap")
    public record UnpluggedGap(String kind, String ref, String name, String period, int free, int required) {}

    @Schema(name = "LoadThresholds", description = "from configuration (standby.load.*)")
    public record Thresholds(double maxHoursOnCallPerMonth, int maxWeekendsPerMonth, int maxNightsInARow) {}

    @Schema(name = "LoadRules", description = "the policy's rules the breaches are measured against")
    public record Rules(int minRestHours, int maxConsecutiveDays, int maxShiftsPerWeek) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "MemberLoad",
            description =
                    "ref is the member id, or new-1, new-2, ... for members a what-if " + "adds (memberId then absent)")
    public record MemberLoad(
            String ref,
            Long memberId,
            String name,
            boolean hypothetical,
            double fte,
            int shifts,
            double hoursOnCall,
            int nights,
            int weekendDays,
            int publicHolidays,
            double shareOfNights,
            int longestNightRun,
            int longestRunWithoutFreeWeekend,
            boolean flagged,
            List<MemberMonth> months,
            List<Breach> ruleBreaches,
            List<Breach> thresholdBreaches) {}

    @Schema(
            name = "MemberLoadMonth",
            description = "hoursLimit = maxHoursOnCallPerMonth x FTE x active days of the "
                    + "month in the range / days of the month")
    public record MemberMonth(String month, double hoursOnCall, double hoursLimit, int nights, int weekends) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "LoadBreach",
            description = "kind: OVERLAP, MIN_REST, MAX_CONSECUTIVE_DAYS, MAX_SHIFTS_PER_WEEK (rules) or "
                    + "HOURS_PER_MONTH, WEEKENDS_PER_MONTH, NIGHTS_IN_A_ROW (thresholds)")
    public record Breach(String kind, LocalDate date, String month, double value, double limit, String detail) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "LoadMonth",
            description = "cover promised (hours the policy asks for), hours carried (hours "
                    + "somebody is on call), uncovered, and standby compensation owed (hours off under TIME_OFF, an amount "
                    + "under PAY)")
    public record Month(
            String month,
            double coverPromisedHours,
            double hoursCarried,
            double uncoveredHours,
            Double compensationOwed) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LoadTotals")
    public record Totals(
            double coverPromisedHours,
            double hoursCarried,
            double uncoveredHours,
            Double compensationOwed,
            int nights,
            int uncoveredShifts) {}
}
