package org.standby.calendar.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportResponse",
        description = "what an import of a school calendar created (or, in a dry run, "
                + "would create), which events it skipped and why, and in a dry run the clashes that would refuse it")
public record ImportResponse(
        boolean dryRun,
        List<PeriodResponse> created,
        List<SkippedEvent> skipped,

        @Schema(
                description = "dry run only: overlaps with existing periods or within the file; a real import "
                        + "with any of these is refused with 409")
        List<String> clashes) {

    @Schema(name = "SkippedEvent")
    public record SkippedEvent(
            String summary,
            String uid,
            @Schema(description = "DTSTART as written") String start,

            @Schema(description = "line of the document where the event begins")
            int line,

            String reason) {}
}
