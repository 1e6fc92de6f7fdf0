package org.standby.load.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WhatIfResponse",
        description = "today's load (the published shifts, or a generated rota when none "
                + "is published) beside the load of the changed team or policy, and the difference (scenario minus "
                + "baseline). Nothing is stored.")
public record WhatIfResponse(
        LocalDate from,
        LocalDate to,
        List<String> changes,
        LoadResponse baseline,
        LoadResponse scenario,
        Difference difference) {

    @Schema(name = "WhatIfDifference")
    public record Difference(List<MemberDelta> members, TotalsDelta totals) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "WhatIfMemberDelta",
            description = "scenario minus baseline; a member in only one of them counts " + "as zero in the other")
    public record MemberDelta(
            String ref,
            Long memberId,
            String name,
            double hoursOnCall,
            int nights,
            int weekendDays,
            int publicHolidays,
            double shareOfNights,
            int ruleBreaches,
            int thresholdBreaches) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WhatIfTotalsDelta")
    public record TotalsDelta(
            double coverPromisedHours,
            double hoursCarried,
            double uncoveredHours,
            Double compensationOwed,
            int uncoveredShifts) {}
}
