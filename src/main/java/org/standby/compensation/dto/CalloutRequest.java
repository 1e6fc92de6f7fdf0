package org.standby.compensation.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CalloutRequest",
        description = "work done during one's own published shift: it starts within the "
                + "shift and may run past its end (the real minutes count)")
public record CalloutRequest(
        @NotNull Long shiftId,

        @NotNull @Schema(examples = "2027-03-27T23:10:00+01:00")
        OffsetDateTime start,

        @NotNull @Positive @Max(24 * 60) @Schema(description = "real minutes worked, 1 to 1440")
        Integer minutes,

        @Size(max = 1000) String note) {}
