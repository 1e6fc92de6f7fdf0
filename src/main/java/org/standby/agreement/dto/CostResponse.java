package org.standby.agreement.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.load.dto.LoadResponse;
import org.standby.policy.CompensationMode;

@Schema(
        name = "AgreementCost",
        description =
                "what the agreement's implied policy costs over the range, planned "
                        + "by the what-if engine with the team as it is (approved leave included): total, per year (the total "
                        + "scaled to 365 days), per month and per member; unplugged: the rest rules that do not hold in that rota")
public record CostResponse(
        int version,
        LocalDate from,
        LocalDate to,
        CompensationMode mode,
        AgreementDocument.Assumptions assumptions,
        CostFigures total,
        CostFigures perYear,
        List<Month> months,
        List<Member> members,
        double uncoveredHours,
        List<LoadResponse.UnpluggedGap> unplugged) {

    @Schema(name = "AgreementCostMonth")
    public record Month(String month, CostFigures figures) {}

    @Schema(name = "AgreementCostMember")
    public record Member(String memberId, String name, CostFigures figures) {}
}
