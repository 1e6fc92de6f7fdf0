package org.standby.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.notify.dto.FailedDeliveryResponse;
import org.standby.notify.dto.TeamWebhookRequest;
import org.standby.notify.dto.TeamWebhookResponse;
import org.standby.security.Roles;

@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class TeamNotificationResource {

    @Inject
    NotificationSettingsService settings;

    @PUT
    @Path("/webhook")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Set the team's incoming webhook (director): director-facing messages are posted there as "
                    + "JSON with a text field, signed with X-Standby-Signature: sha256=<HMAC-SHA256 hex>")
    @APIResponse(responseCode = "200", description = "stored; the secret is not answered")
    @APIResponse(responseCode = "400", description = "URL not absolute http(s), secret shorter than 16 characters")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public TeamWebhookResponse setWebhook(
            @PathParam("teamId") long teamId, @Valid @NotNull TeamWebhookRequest request) {
        return settings.setTeamWebhook(teamId, request);
    }

    @GET
    @Path("/notifications/failed")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(
            summary = "Messages of the team that could not be delivered after every retry, newest first, with "
                    + "the reason (director)")
    @APIResponse(responseCode = "200", description = "failed deliveries")
    @APIResponse(responseCode = "403", description = "not a director of this team")
    @APIResponse(responseCode = "404", description = "no such team, or not the caller's")
    public List<FailedDeliveryResponse> failed(@PathParam("teamId") long teamId) {
        return settings.failed(teamId);
    }
}
