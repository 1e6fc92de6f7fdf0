package org.standby.security;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.ProblemResponse;

/**
 * The browser's entry to single sign-on. While it is configured, {@code GET /sso/login} is guarded by the
 * authorization code flow (application.properties, permission {@code sso-login}): a browser without a session is
 * sent to the provider's sign-in and comes back here with a session cookie ({@code q_session}), to be sent on to
 * the page. {@code GET /sso/logout} ends that session (its cookies) and, where the provider advertises an
 * end-session endpoint, sends the browser there to end the provider's session too (RP-initiated logout), from where
 * it returns to the page. Providers without one (Google) keep their own session.
 */
@Path("/sso")
@Tag(name = "Single sign-on")
@Produces(MediaType.APPLICATION_JSON)
public class SsoResource {

    /** Quarkus OIDC's session cookie, whole or in chunks when the tokens are long. */
    private static final java.util.List<String> SESSION_COOKIES = java.util.List.of(
            "q_session", "q_session_chunk_1", "q_session_chunk_2", "q_session_chunk_3", "q_session_chunk_4");

    @Inject
    SsoService sso;

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<OidcSession> oidcSession;

    @Inject
    Instance<OidcConfigurationMetadata> metadata;

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
    @Operation(
            summary = "Sign out of a single sign-on session (browser); where the provider supports it, its "
                    + "session ends too")
    @APIResponse(
            responseCode = "302",
            description = "with a session, at a provider with RP-initiated logout: to "
                    + "the provider's sign-out, which sends the browser back to the page")
    @APIResponse(responseCode = "303", description = "the session cookie is cleared; on to the page")
    @APIResponse(responseCode = "404", description = "single sign-on is not configured")
    public Response logout(@Context UriInfo uri) {
        if (!sso.enabled()) {
            return notConfigured("/sso/logout");
        }
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        Response.ResponseBuilder answer = Response.seeOther(URI.create("/"));
        if (idToken != null) {
            oidcSession.get().logout().await().atMost(java.time.Duration.ofSeconds(10));
            String endSession = metadata.get().getEndSessionUri();
            if (endSession != null) {
                // RP-initiated logout: the provider ends its session and sends the browser back to the page
                answer = Response.status(Response.Status.FOUND)
                        .location(URI.create(endSession
                                + (endSession.contains("?") ? "&" : "?")
                                + "id_token_hint=" + encode(idToken.getToken())
                                + "&client_id=" + encode(sso.clientId())
                                + "&post_logout_redirect_uri="
                                + encode(uri.getBaseUriBuilder()
                                        .path("/")
                                        .build()
                                        .toString())));
            }
        }
        for (String cookie : SESSION_COOKIES) {
            answer.cookie(new NewCookie.Builder(cookie)
                    .path("/")
                    .value("")
                    .maxAge(0)
                    .httpOnly(true)
                    .build());
        }
        return answer.header("Cache-Control", "no-store").build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Response notConfigured(String path) {
        return Response.status(404)
                .type(ProblemResponse.MEDIA_TYPE)
                .entity(ProblemResponse.of(404, "Not Found", "single sign-on is not configured here")
                        .withInstance(path))
                .build();
    }
}
