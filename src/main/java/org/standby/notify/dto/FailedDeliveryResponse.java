package org.standby.notify.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FailedDeliveryResponse", description = "A message given up after its last attempt, with the reason")
public record FailedDeliveryResponse(
        long id,
        String kind,
        String channel,

        @Schema(description = "user:NAME, member:ID or team:ID")
        String recipient,

        String subject,
        int attempts,

        @Schema(description = "the last attempt's error, e.g. webhook: HTTP 500 from hooks.example")
        String reason,

        Instant createdAt,

        @Schema(description = "the idempotency key sent with every attempt")
        String idempotencyKey) {}
