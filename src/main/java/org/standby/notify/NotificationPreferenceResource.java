package org.standby.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.notify.dto.NotificationPreferencesRequest;
import org.standby.notify.dto.NotificationPreferencesResponse;
import org.standby.security.Roles;

@Path("/api/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationPreferenceResource {

    @Inject
    NotificationSettingsService settings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(
            summary = "The caller's notification channels, reminder lead times and addresses (defaults: e-mail "
                    + "to the member record's address, reminders 24 h and 1 h before each shift)")
    @APIResponse(responseCode = "200", description = "the caller's choices")
    @APIResponse(responseCode = "401", description = "not logged in")
    public NotificationPreferencesResponse get() {
        return settings.mine();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "Set the caller's notification channels, reminder lead times and addresses")
    @APIResponse(responseCode = "200", description = "stored")
    @APIResponse(
            responseCode = "400",
            description = "unknown channel, lead time not from PT5M to P14D, WEBHOOK "
                    + "without a URL, EMAIL without an address, invalid URL or address")
    @APIResponse(responseCode = "401", description = "not logged in")
    public NotificationPreferencesResponse put(@Valid @NotNull NotificationPreferencesRequest request) {
        return settings.update(request);
    }
}
