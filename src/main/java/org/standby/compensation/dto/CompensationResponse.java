package org.standby.compensation.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;
import org.standby.policy.CompensationMode;

@Schema(
        name = "CompensationResponse",
        description = "the ledger of a date range (inclusive, in the team's zone): "
                + "standby hours of published shifts clipped to the range, confirmed call-outs starting in it, time off "
                + "dated in it. Hours are real elapsed hours. Members see their own line only.")
public record CompensationResponse(
        LocalDate from,
        LocalDate to,
        CompensationMode mode,
        Map<DayType, Double> standbyRates,
        double calloutMultiplier,
        int calloutMinimumMinutes,
        List<MemberLine> members) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CompensationLine",
            description = "earnedHours = standby hours x rate + calloutHours (TIME_OFF); "
                    + "under PAY earnedPay is the amount and earnedHours 0; balanceHours = earnedHours - takenHours")
    public record MemberLine(
            long memberId,
            String name,
            Map<DayType, Double> standbyHours,
            double standbyTotalHours,
            int callouts,
            int calloutMinutes,
            double calloutHours,
            double earnedHours,
            Double earnedPay,
            double takenHours,
            double balanceHours) {}
}
