package org.standby.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.security.dto.ApiTokenRequest;
import org.standby.security.dto.ApiTokenResponse;

/** API tokens for server-side clients: created by an admin, shown once, stored as a SHA-256 hash, revocable. */
@ApplicationScoped
public class ApiTokenService {

    @Inject
    Clock clock;

    @Inject
    UserService users;

    @Inject
    Event<AccountChanged> accountChanges;

    @Inject
    ApiTokenIdentityProvider identities;

    public List<ApiTokenResponse> listActive() {
        return ApiToken.<ApiToken>list("revokedAt is null order by id").stream()
                .map(token -> toResponse(token, null))
                .toList();
    }

    @Transactional
    public ApiTokenResponse create(ApiTokenRequest request, String createdBy) {
        List<String> roles =
                request.roles() == null || request.roles().isEmpty() ? List.of(Roles.VIEWER) : request.roles();
        List<FieldError> errors = users.checkRolesAndTeams(roles, request.teamIds());
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        String secret = SecretHashing.newSecret(ApiTokenAuthenticationMechanism.PREFIX);
        ApiToken token = new ApiToken();
        token.name = request.name();
        token.tokenHash = SecretHashing.sha256Hex(secret);
        token.roles = String.join(",", new LinkedHashSet<>(roles));
        token.allTeams = Boolean.TRUE.equals(request.allTeams());
        if (request.teamIds() != null) {
            token.teamIds.addAll(request.teamIds());
        }
        token.createdBy = createdBy;
        token.createdAt = clock.instant();
        token.persist();
        accountChanges.fire(
                new AccountChanged("api-token.create", "api-token", token.id, null, toResponse(token, null)));
        return toResponse(token, secret);
    }

    /** Revokes a token; it stops working on the next request. Revoking twice is harmless. */
    @Transactional
    public void revoke(long id) {
        ApiToken token =
                ApiToken.<ApiToken>findByIdOptional(id).orElseThrow(() -> new NotFoundException("API token", id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            accountChanges.fire(
                    new AccountChanged("api-token.revoke", "api-token", token.id, null, toResponse(token, null)));
        }
        identities.forgetOnCommit(token.tokenHash);
    }

    private static ApiTokenResponse toResponse(ApiToken token, String secret) {
        return new ApiTokenResponse(
                token.id,
                token.name,
                secret,
                List.copyOf(token.roleSet()),
                token.teamIds.stream().sorted().toList(),
                token.allTeams,
                token.createdBy,
                token.createdAt,
                token.lastUsedAt);
    }
}
