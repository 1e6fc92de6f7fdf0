package org.standby.agreement.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.load.dto.LoadResponse;

@Schema(
        name = "AgreementFragility",
        description = "the promise with 0, 1, ... n-1 members away from awayFrom to "
                + "awayTo (the members with the highest FTE first, then by id), each row planned by the what-if engine: "
                + "uncovered promised hours per month, who breaches the load thresholds, the unplugged rules that fail. "
                + "breaksAt: the fewest members away with which promised hours go uncovered (null: never)")
public record FragilityResponse(
        int version,
        LocalDate from,
        LocalDate to,
        LocalDate awayFrom,
        LocalDate awayTo,
        List<Row> rows,
        Integer breaksAt) {

    @Schema(name = "AgreementFragilityRow")
    public record Row(
            int away,
            List<String> awayMembers,
            double promisedHours,
            double uncoveredHours,
            boolean promiseKept,
            List<Month> months,
            List<Breach> thresholdBreaches,
            List<LoadResponse.UnpluggedGap> unplugged) {}

    @Schema(name = "AgreementFragilityMonth")
    public record Month(String month, double promisedHours, double uncoveredHours) {}

    @Schema(
            name = "AgreementFragilityBreach",
            description = "kind: HOURS_PER_MONTH, WEEKENDS_PER_MONTH, " + "NIGHTS_IN_A_ROW")
    public record Breach(String memberId, String name, String kind, String month, double value, double limit) {}
}
