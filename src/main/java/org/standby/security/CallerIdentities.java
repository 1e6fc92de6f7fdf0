package org.standby.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The identities our providers build: the principal, the roles, and the {@link Caller} itself as an attribute, so
 * that {@link CallerService} needs no database read per request.
 */
final class CallerIdentities {

    static final String CALLER_ATTRIBUTE = "standby.caller";

    private CallerIdentities() {}

    /** The stamp a form login sets beside its session cookie ({@link SessionStamps}), on password identities. */
    static final String SESSION_STAMP_ATTRIBUTE = "standby.session-stamp";

    static SecurityIdentity of(Caller caller) {
        return of(caller, null);
    }

    /** The identity of a remembered login, with its session stamp. */
    static SecurityIdentity of(VerifiedCredentials.Remembered remembered) {
        return of(remembered.caller(), remembered.sessionStamp());
    }

    static SecurityIdentity of(Caller caller, String sessionStamp) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addAttribute(CALLER_ATTRIBUTE, caller);
        if (sessionStamp != null) {
            builder.addAttribute(SESSION_STAMP_ATTRIBUTE, sessionStamp);
        }
        caller.roles().forEach(builder::addRole);
        return builder.build();
    }

    /** True for the form login's POST, whose successful answer carries the session stamp. */
    static boolean isFormLogin(RoutingContext context, String postLocation) {
        return context != null
                && context.request().method() == HttpMethod.POST
                && postLocation.equals(context.normalizedPath());
    }

    static Caller of(User user) {
        return new Caller(user.username, user.roleSet(), user.allTeams, java.util.Set.copyOf(user.teamIds));
    }

    /** The client's address as the throttle counts it (the forwarded one when proxy forwarding is configured). */
    static String clientAddress(RoutingContext context) {
        if (context == null) {
            return null;
        }
        SocketAddress address = context.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
