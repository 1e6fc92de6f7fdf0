package org.standby.notify.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamWebhookResponse", description = "A team's webhook; the secret is never answered")
public record TeamWebhookResponse(long teamId, String url, boolean secretSet, Instant updatedAt, String updatedBy) {}
