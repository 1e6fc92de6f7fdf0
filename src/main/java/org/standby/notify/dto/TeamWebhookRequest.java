package org.standby.notify.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamWebhookRequest", description = "A team's incoming webhook (Microsoft Teams, Slack, ...)")
public record TeamWebhookRequest(
        @Schema(description = "http or https URL the director-facing messages are posted to")
        @NotBlank @Size(max = 1000) String url,

        @Schema(description = "Key of the X-Standby-Signature HMAC-SHA256; write-only, never answered or logged")
        @NotBlank @Size(min = 16, max = 200) String secret) {}
