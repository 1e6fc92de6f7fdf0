package org.standby.rota.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OnCallResponse",
        description = "who is on call at an instant; contact details only for roles " + "allowed to see them")
public record OnCallResponse(OffsetDateTime at, List<OnCall> onCall) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OnCall")
    public record OnCall(
            long shiftId,
            String shiftName,
            OffsetDateTime start,
            OffsetDateTime end,
            Long memberId,
            String name,
            String email,
            String phone) {}
}
