package org.standby.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.standby.security.SsoSettings.RolesFrom;

/**
 * Gives an identity of the school's identity provider (a bearer token, or the session of the page's sign-in) its
 * Standby caller: the roles the provider's token itself lists are dropped, and only Standby's roles, from the groups
 * mapping or the user table ({@link SsoService}), are kept. Identities of Standby's own logins pass unchanged.
 */
@ApplicationScoped
public class SsoIdentityAugmentor implements SecurityIdentityAugmentor {

    @Inject
    SsoService sso;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(CallerIdentities.CALLER_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String username;
        try {
            username = sso.usernameOf(token);
        } catch (RuntimeException refused) {
            return Uni.createFrom().failure(refused);
        }
        if (sso.rolesFrom() == RolesFrom.GROUPS) {
            if (sso.isKnown(username)) {
                return Uni.createFrom().item(with(identity, sso.fromGroups(username, token)));
            }
            return context.runBlocking(() -> {
                sso.signedIn(username);
                return with(identity, sso.fromGroups(username, token));
            });
        }
        Optional<Caller> remembered = sso.rememberedFromUsers(username);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(with(identity, remembered.get()));
        }
        return context.runBlocking(() -> with(identity, sso.signedIn(username)));
    }

    /** The provider's identity (principal, tokens, attributes) with Standby's caller and its roles only. */
    private static SecurityIdentity with(SecurityIdentity identity, Caller caller) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(CallerIdentities.CALLER_ATTRIBUTE, caller);
        caller.roles().forEach(builder::addRole);
        return builder.build();
    }
}
