package org.standby.security.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PasswordChangeRequest",
        description = "a user changes their own password; the current one is " + "required")
public record PasswordChangeRequest(
        @NotBlank @Schema(format = "password") String currentPassword,

        @NotNull @Size(min = 10, max = 200, message = "must be 10 to 200 characters long") @Schema(format = "password")
        String newPassword) {}
