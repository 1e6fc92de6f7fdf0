package org.standby.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.ProblemResponse;

/**
 * The browser's entry to single sign-on. While it is configured, {@code GET /sso/login} is guarded by the
 * authorization code flow (application.properties, permission {@code sso-login}): a browser without a session is
 * sent to the provider's sign-in and comes back here with a session cookie ({@code q_session}), to be sent on to
 * the page. {@code GET /sso/logout} with that session is answered by Quarkus OIDC itself (RP-initiated logout: the
 * session ends here and at the provider, then the browser returns to the page); without one it lands here.
 */
@Path("/sso")
@Tag(name = "Single sign-on")
@Produces(MediaType.APPLICATION_JSON)
public class SsoResource {

    /** Quarkus OIDC's session cookie, whole or in chunks when the tokens are long. */
    private static final java.util.List<String> SESSION_COOKIES = java.util.List.of("q_session", "q_session_chunk_1",
            "q_session_chunk_2", "q_session_chunk_3", "q_session_chunk_4");

    @Inject
    SsoService sso;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/login")
    @PermitAll
    @Operation(summary = "Sign in with the school account (browser): the provider's sign-in, then back to the page")
    @APIResponse(responseCode = "303", description = "signed in: on to the page at /")
    @APIResponse(responseCode = "302", description = "not signed in yet: to the provider's sign-in")
    @APIResponse(responseCode = "404", description = "single sign-on is not configured")
    public Response login() {
        if (!sso.enabled()) {
            return notConfigured("/sso/login");
        }
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("/logout")
    @PermitAll
    @Operation(summary = "Sign out of a single sign-on session (browser); with a session, the provider's session "
            + "ends too")
    @APIResponse(responseCode = "302", description = "with a session: to the provider's sign-out, then to the page")
    @APIResponse(responseCode = "303", description = "without a session: the session cookie is cleared; on to the "
            + "page")
    @APIResponse(responseCode = "404", description = "single sign-on is not configured")
    public Response logout() {
        if (!sso.enabled()) {
            return notConfigured("/sso/logout");
        }
        // Reading the identity runs the authentication, in which Quarkus OIDC recognises its logout path on a valid
        // session: it clears the session cookies and answers a redirect to the provider's sign-out
        // (AuthenticationRedirectException, answered 302 by Quarkus REST). Here is only a browser without one.
        identity.isAnonymous();
        Response.ResponseBuilder answer = Response.seeOther(URI.create("/"));
        for (String cookie : SESSION_COOKIES) {
            answer.cookie(new NewCookie.Builder(cookie).path("/").value("").maxAge(0).httpOnly(true).build());
        }
        return answer.build();
    }

    private static Response notConfigured(String path) {
        return Response.status(404).type(ProblemResponse.MEDIA_TYPE)
                .entity(ProblemResponse.of(404, "Not Found", "single sign-on is not configured here")
                        .withInstance(path)).build();
    }
}
