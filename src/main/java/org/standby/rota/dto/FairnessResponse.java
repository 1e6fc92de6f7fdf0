package org.standby.rota.dto;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;

@Schema(
        name = "FairnessResponse",
        description = "load and fair share in weight units; deviation = load - fairShare "
                + "(positive: more than the share); carried is the deviation brought in from earlier published rotas")
public record FairnessResponse(
        List<MemberFairness> members,
        double maxDeviation,
        List<String> explanations,
        int gaps,

        @Schema(description = "as in the rota: e.g. dates planned without a school calendar")
        List<RotaWarning> warnings) {

    @Schema(name = "MemberFairness")
    public record MemberFairness(
            long memberId,
            String name,
            double load,
            double fairShare,
            double deviation,
            double carried,
            Map<DayType, Integer> counts) {}
}
