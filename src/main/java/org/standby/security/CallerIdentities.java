package org.standby.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The identities our providers build: the principal, the roles, and the {@link Caller} itself as an attribute, so
 * that {@link CallerService} needs no database read per request.
 */
final class CallerIdentities {

    static final String CALLER_ATTRIBUTE = "standby.caller";

    private CallerIdentities() {}

    static SecurityIdentity of(Caller caller) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addAttribute(CALLER_ATTRIBUTE, caller);
        caller.roles().forEach(builder::addRole);
        return builder.build();
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
