package org.standby.notify.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPreferencesRequest", description = "The caller's notification choices")
public record NotificationPreferencesRequest(
        @Schema(description = "EMAIL and/or WEBHOOK; empty: no messages at all", example = "[\"EMAIL\"]")
        @NotNull @Size(max = 2) List<@NotNull String> channels,

        @Schema(
                description = "Reminder lead times before each shift, ISO-8601 durations from PT5M to P14D",
                example = "[\"PT24H\", \"PT1H\"]")
        @NotNull @Size(max = 5) List<@NotNull String> leadTimes,

        @Schema(description = "Address for e-mail; default: the member record's address") @Email @Size(max = 320) String email,

        @Schema(description = "A personal incoming webhook (http or https), required for WEBHOOK") @Size(max = 1000) String webhookUrl,

        @Schema(
                description = "Key of the X-Standby-Signature HMAC for the personal webhook; write-only, kept when "
                        + "omitted")
        @Size(min = 16, max = 200) String webhookSecret) {}
