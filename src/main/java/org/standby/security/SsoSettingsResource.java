package org.standby.security;

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
import org.standby.security.dto.SsoSettingsRequest;
import org.standby.security.dto.SsoSettingsResponse;

@Path("/api/sso/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on")
@RolesAllowed(Roles.ADMIN)
public class SsoSettingsResource {

    @Inject
    SsoService sso;

    @GET
    @Operation(summary = "Single sign-on settings: where roles come from, group mappings, local passwords (admin)")
    @APIResponse(responseCode = "200", description = "the settings")
    public SsoSettingsResponse get() {
        return sso.settings();
    }

    @PUT
    @Operation(summary = "Change the single sign-on settings (admin); audited as sso.settings")
    @APIResponse(responseCode = "200", description = "changed; counts from the next request")
    @APIResponse(
            responseCode = "400",
            description = "an unknown role, a team that does not exist, a group named " + "twice")
    @APIResponse(
            responseCode = "409",
            description = "local passwords cannot be switched off: single sign-on is not " + "configured")
    public SsoSettingsResponse update(@Valid @NotNull SsoSettingsRequest request) {
        return sso.update(request);
    }
}
