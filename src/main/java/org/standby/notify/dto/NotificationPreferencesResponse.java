package org.standby.notify.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NotificationPreferencesResponse",
        description =
                "The caller's notification choices (defaults until " + "set); the webhook secret is never answered")
public record NotificationPreferencesResponse(
        List<String> channels, List<String> leadTimes, String email, String webhookUrl, boolean webhookSecretSet) {}
