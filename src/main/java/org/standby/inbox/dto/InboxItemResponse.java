package org.standby.inbox.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "InboxItemResponse",
        description = "one thing waiting for a director's decision, in words: "
                + "kind CHANGE_REQUEST (a pending swap or cover), ABSENCE (a leave request) or CALLOUT (a logged call-out "
                + "to confirm); start and end are the local dates it concerns; approve and reject are the paths to "
                + "POST the decision to (for a call-out: confirm and reject)")
public record InboxItemResponse(
        String kind,
        long id,
        long teamId,
        String teamName,
        String summary,
        LocalDate start,
        LocalDate end,
        String memberName,
        String requestedBy,
        Instant requestedAt,

        @Schema(description = "change requests: the coverage rules the change would break")
        List<String> breaches,

        String approve,
        String reject,

        @Schema(
                description = "change requests: what the change does to each member involved: the shifts they gain "
                        + "and lose and the change of their load in weight units (the fairness effect)")
        List<Effect> effects) {

    @Schema(
            name = "InboxEffect",
            description = "one member's side of a change: shifts gained and lost, in words, "
                    + "and loadChange = weight gained - weight lost (positive: more load)")
    public record Effect(Long memberId, String name, List<String> gains, List<String> loses, double loadChange) {}
}
