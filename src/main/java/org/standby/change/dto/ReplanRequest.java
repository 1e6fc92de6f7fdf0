package org.standby.change.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplanRequest")
public record ReplanRequest(
        @NotNull @Schema(description = "first day re-planned; every shift starting before it (or already started) " + "is kept")
        LocalDate from,

        @NotBlank @Size(max = 1000) @Schema(description = "why, recorded in the audit trail")
        String reason,

        @Schema(description = "true: answer the changes without applying them")
        boolean dryRun) {}
