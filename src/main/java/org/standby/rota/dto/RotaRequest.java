package org.standby.rota.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotaRequest")
public record RotaRequest(
        @NotBlank @Size(max = 100) String name,

        @NotNull @Schema(description = "first day, inclusive")
        LocalDate from,

        @NotNull @Schema(description = "last day, inclusive")
        LocalDate to) {}
