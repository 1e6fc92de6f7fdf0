package org.standby.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.security.dto.AuthMethodsResponse;

@Path("/api/auth/methods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on")
public class AuthMethodsResource {

    @Inject
    SsoService sso;

    @GET
    @PermitAll
    @Operation(summary = "How one can sign in here (public, for the sign-in page): passwords, single sign-on")
    @APIResponse(responseCode = "200", description = "the sign-in methods")
    public AuthMethodsResponse methods() {
        boolean on = sso.enabled();
        return new AuthMethodsResponse(
                sso.localPasswordsAllowed(), on, on ? "/sso/login" : null, on ? "/sso/logout" : null);
    }
}
