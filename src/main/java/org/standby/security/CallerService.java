package org.standby.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.standby.common.NotFoundException;

/** Resolves the caller of the current request once, and answers team access questions for the services. */
@RequestScoped
public class CallerService {

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /**
     * The caller if it is known without a database read (our identity providers and the single sign-on augmentor
     * put it on the identity from their caches), so that a caller on the event loop can use it; else empty.
     */
    public Optional<Caller> known() {
        if (caller == null && !identity.isAnonymous()) {
            caller = identity.getAttribute(CallerIdentities.CALLER_ATTRIBUTE);
        }
        return Optional.ofNullable(caller);
    }

    private Caller resolve() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Caller known = identity.getAttribute(CallerIdentities.CALLER_ATTRIBUTE);
        if (known != null) {
            return known; // built by our identity providers, from their caches: no database read per request
        }
        String name = identity.getPrincipal().getName();
        if (name.startsWith(ApiTokenIdentityProvider.TOKEN_PRINCIPAL_PREFIX)) {
            long id = Long.parseLong(name.substring(ApiTokenIdentityProvider.TOKEN_PRINCIPAL_PREFIX.length()));
            ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).orElseThrow(UnauthorizedException::new);
            return new Caller(name, token.roleSet(), token.allTeams, Set.copyOf(token.teamIds));
        }
        User user = User.findByUsername(name).orElseThrow(UnauthorizedException::new);
        return new Caller(name, user.roleSet(), user.allTeams, Set.copyOf(user.teamIds));
    }

    /** Refuses a team the caller may not see with 404, so that other teams' existence is not revealed. */
    public Caller requireSees(long teamId) {
        Caller current = current();
        if (!current.sees(teamId)) {
            throw new NotFoundException("team", teamId);
        }
        return current;
    }

    /** Refuses a caller who may not direct the team: 404 when the team is invisible to them, else 403. */
    public Caller requireDirects(long teamId) {
        Caller current = requireSees(teamId);
        if (!current.directs(teamId)) {
            throw new io.quarkus.security.ForbiddenException("only a director of this team may do this");
        }
        return current;
    }
}
