package org.standby.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.standby.common.ProblemResponse;

/**
 * Protection of cookie sessions against cross-site requests (double-submit cookie). Every unsafe request
 * (POST, PUT, PATCH, DELETE) that carries a session cookie ({@value #SESSION_COOKIE}, or an OIDC session cookie
 * {@code q_session*}) and no {@code Authorization} header must send the header {@value #HEADER} equal to the value
 * of the cookie {@value #COOKIE}; otherwise it is answered 403 problem+json before authentication runs. Basic,
 * API-token and OIDC bearer clients send an Authorization header and are not concerned; the form login
 * ({@code POST /j_security_check}) is exempt, and gets a fresh token with its answer.
 * <p>
 * The token cookie is readable by the page's script (not HttpOnly), SameSite=Strict, and set on the answers that
 * load the page (any path outside /api, /q and /feeds) when the browser has none yet. Requests that say
 * {@code X-Requested-With: XMLHttpRequest} (the page's own) get their 401 without the Basic challenge, so that the
 * browser does not open its own password dialog.
 */
@ApplicationScoped
public class CsrfProtection {

    public static final String COOKIE = "standby-csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_COOKIE = "standby-session";
    static final String LOGIN_PATH = "/j_security_check";
    private static final Set<HttpMethod> UNSAFE =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final SecureRandom random = new SecureRandom();

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        // after the request limits, before CORS and authentication (route order = -priority)
        router.route().order(-(SecurityHandlerPriorities.CORS + 1)).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (LOGIN_PATH.equals(path)) {
            // a new session gets a new token (no token fixed before the login survives it)
            if (request.method() == HttpMethod.POST) {
                context.response().addCookie(newToken(request));
            }
            context.next();
            return;
        }
        if (UNSAFE.contains(request.method())
                && request.getHeader("Authorization") == null
                && carriesSession(request)
                && !tokenMatches(request)) {
            refuse(context);
            return;
        }
        if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            // the page's own calls: a 401 without a Basic challenge, so the browser shows no password dialog of
            // its own and the page shows its sign-in form
            context.addHeadersEndHandler(v -> context.response().headers().remove("WWW-Authenticate"));
        }
        if (request.getCookie(COOKIE) == null && servesPage(path)) {
            context.response().addCookie(newToken(request));
        }
        context.next();
    }

    private static boolean carriesSession(HttpServerRequest request) {
        if (request.getCookie(SESSION_COOKIE) != null) {
            return true;
        }
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    private static boolean tokenMatches(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        String header = request.getHeader(HEADER);
        if (cookie == null || header == null || cookie.getValue().isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean servesPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/feeds/");
    }

    private Cookie newToken(HttpServerRequest request) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .setPath("/")
                .setSameSite(CookieSameSite.STRICT)
                .setHttpOnly(false)
                .setSecure(request.isSSL());
    }

    private void refuse(RoutingContext context) {
        String detail = HEADER + ": an unsafe request with a session cookie must send the header " + HEADER
                + " with the value of the cookie " + COOKIE;
        ProblemResponse problem = ProblemResponse.of(403, "Forbidden", detail)
                .withErrors(List.of(
                        new ProblemResponse.FieldError(HEADER, "missing or not the value of the cookie " + COOKIE)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":403,\"title\":\"Forbidden\"}";
        }
        context.response()
                .setStatusCode(403)
                .putHeader("Content-Type", ProblemResponse.MEDIA_TYPE)
                .end(body);
    }
}
