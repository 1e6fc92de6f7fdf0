package org.standby.change.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ReplanChangeResponse",
        description = "one shift the re-plan changes. A shift nobody can take "
                + "has no toMemberId and carries gapReason (it is listed even when it was a gap already).")
public record ReplanChangeResponse(
        long shiftId, OffsetDateTime start, String name, Long fromMemberId, Long toMemberId, String gapReason) {}
