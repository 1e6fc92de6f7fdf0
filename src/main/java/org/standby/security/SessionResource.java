package org.standby.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing out of the page: the session cookie of the form login is ended (the sign-in is
 * {@code POST /j_security_check}). Like every unsafe request with a session cookie it needs the CSRF header
 * ({@link CsrfProtection}).
 */
@Path("/api/session")
@Tag(name = "Users")
public class SessionResource {

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(
            summary = "Sign out: end the session cookie of the form login (any role; for Basic and API-token "
                    + "callers it changes nothing)")
    @APIResponse(responseCode = "204", description = "the session cookie is cleared")
    @APIResponse(responseCode = "401", description = "no valid session or credentials (already signed out)")
    @APIResponse(responseCode = "403", description = "a session cookie without the X-CSRF-Token header")
    public Response signOut() {
        return Response.noContent()
                .cookie(
                        SessionStamps.cleared(CsrfProtection.SESSION_COOKIE),
                        SessionStamps.cleared(SessionStamps.COOKIE))
                .build();
    }
}
