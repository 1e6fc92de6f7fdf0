package org.standby.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.standby.common.ConflictException;
import org.standby.common.ETags;
import org.standby.common.InvalidFieldException;
import org.standby.common.NotFoundException;
import org.standby.common.PageResponse;
import org.standby.common.Paging;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.security.dto.MeResponse;
import org.standby.security.dto.UserRequest;
import org.standby.security.dto.UserResponse;

/** Users, their roles and teams; admin work. */
@ApplicationScoped
public class UserService {

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<AccountChanged> accountChanges;

    @Inject
    VerifiedCredentials credentials;

    public PageResponse<UserResponse> list(Paging paging) {
        var query = User.<User>findAll(Sort.by("username")).page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list(), paging.page, paging.size, query.count()).map(UserService::toResponse);
    }

    public Optional<UserResponse> find(String username) {
        return User.findByUsername(username).map(UserService::toResponse);
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        ETags.noneOnCreate(request.version());
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null) {
            errors.add(new FieldError("username", "must not be blank"));
        }
        if (request.password() == null) {
            errors.add(new FieldError("password", "must not be blank"));
        }
        errors.addAll(checkRolesAndTeams(request.roles(), request.teamIds()));
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("a user named " + request.username() + " exists already");
        }
        User user = new User();
        user.username = request.username();
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.createdAt = clock.instant();
        apply(user, request);
        user.persist();
        UserResponse created = toResponse(user);
        accountChanges.fire(new AccountChanged("user.create", "user", user.username, null, created));
        return created;
    }

    @Transactional
    public UserResponse update(String username, UserRequest request, Long ifMatch) {
        User user = User.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        ETags.require(ifMatch, request.version(), user.version, "user " + username);
        if (request.username() != null && !request.username().equals(username)) {
            throw new InvalidFieldException("username", "cannot be changed; it must equal the path or be left out");
        }
        List<FieldError> errors = checkRolesAndTeams(request.roles(), request.teamIds());
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (user.roleSet().contains(Roles.ADMIN) && !request.roles().contains(Roles.ADMIN)) {
            requireAnotherAdmin(user);
        }
        UserResponse before = toResponse(user);
        if (request.password() != null) {
            user.passwordHash = BcryptUtil.bcryptHash(request.password());
        }
        apply(user, request);
        User.flush(); // the new version, for the answer's ETag (a concurrent write from the same version fails here)
        UserResponse after = toResponse(user);
        credentials.forgetOnCommit(username);
        accountChanges.fire(new AccountChanged(
                request.password() != null ? "user.update+password" : "user.update", "user", username, before, after));
        return after;
    }

    /**
     * A user changes their own password: the current one must match, the new one must differ. Every password
     * change of a user goes through this service (here or {@link #update}), so a credential cache keyed by user
     * can be evicted in one place. Answers the new hash, from which the caller's own session gets its new stamp
     * ({@link SessionStamps}); every other session of the user ends.
     */
    @Transactional
    public String changeOwnPassword(String username, String currentPassword, String newPassword) {
        User user = User.findByUsername(username)
                .orElseThrow(
                        () -> new io.quarkus.security.ForbiddenException("an API token has no password to change"));
        if (user.passwordHash == null) {
            throw new io.quarkus.security.ForbiddenException(
                    "you sign in with your school account (single sign-on): there is no password to change");
        }
        if (!BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw new InvalidFieldException("currentPassword", "is not your current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidFieldException("newPassword", "must differ from the current password");
        }
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        credentials.forgetOnCommit(username);
        accountChanges.fire(new AccountChanged("user.password", "user", username, null, null));
        return user.passwordHash;
    }

    /** The caller's own member records, one per team where the login is a member, by team. */
    public List<MeResponse.OwnMember> ownMembers(String username) {
        // Member lives in the team feature, which depends on security: a query by entity name keeps the graph acyclic
        return entityManager
                .createQuery(
                        "select m.teamId, m.id, m.name from Member m where m.username = :u "
                                + "order by m.teamId, m.id",
                        Object[].class)
                .setParameter("u", username)
                .getResultList()
                .stream()
                .map(row -> new MeResponse.OwnMember((Long) row[0], (Long) row[1], (String) row[2]))
                .toList();
    }

    @Transactional
    public void delete(String username) {
        User user = User.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (user.roleSet().contains(Roles.ADMIN)) {
            requireAnotherAdmin(user);
        }
        UserResponse before = toResponse(user);
        user.delete();
        credentials.forgetOnCommit(username);
        accountChanges.fire(new AccountChanged("user.delete", "user", username, before, null));
    }

    /** Creates a user unless one of that name exists; used by the bootstrap admin and the demo data. */
    @Transactional
    public boolean createIfAbsent(String username, String password, List<String> roles, List<Long> teamIds) {
        if (User.findByUsername(username).isPresent()) {
            return false;
        }
        create(new UserRequest(username, password, roles, teamIds, false, null));
        return true;
    }

    /** Creates a user with an already computed bcrypt hash unless one of that name exists (demo data). */
    @Transactional
    public boolean createWithHashIfAbsent(String username, String bcryptHash, List<String> roles, List<Long> teamIds) {
        if (User.findByUsername(username).isPresent()) {
            return false;
        }
        User user = new User();
        user.username = username;
        user.passwordHash = bcryptHash;
        user.createdAt = clock.instant();
        apply(user, new UserRequest(username, null, roles, teamIds, false, null));
        user.persist();
        return true;
    }

    private void requireAnotherAdmin(User user) {
        long otherAdmins = User.<User>list("id <> ?1", user.id).stream()
                .filter(other -> other.roleSet().contains(Roles.ADMIN))
                .count();
        if (otherAdmins == 0) {
            throw new ConflictException("the last admin cannot be removed or lose the admin role");
        }
    }

    private void apply(User user, UserRequest request) {
        user.roles = String.join(",", new LinkedHashSet<>(request.roles()));
        user.teamIds.clear();
        if (request.teamIds() != null) {
            user.teamIds.addAll(request.teamIds());
        }
        user.allTeams = Boolean.TRUE.equals(request.allTeams());
    }

    /** Checks role names and that every team id exists. Shared with API tokens. */
    List<FieldError> checkRolesAndTeams(List<String> roles, List<Long> teamIds) {
        List<FieldError> errors = new ArrayList<>();
        if (roles != null) {
            for (int i = 0; i < roles.size(); i++) {
                if (!Roles.ALL.contains(roles.get(i))) {
                    errors.add(
                            new FieldError("roles[" + i + "]", "unknown role; use admin, director, member or viewer"));
                }
            }
        }
        if (teamIds != null) {
            for (int i = 0; i < teamIds.size(); i++) {
                Long teamId = teamIds.get(i);
                // Team lives in the team feature, which depends on security; a query by entity name keeps the
                // package graph free of cycles.
                Long count = teamId == null
                        ? 0L
                        : entityManager
                                .createQuery("select count(t) from Team t where t.id = :id", Long.class)
                                .setParameter("id", teamId)
                                .getSingleResult();
                if (count == 0) {
                    errors.add(new FieldError("teamIds[" + i + "]", "no team with id " + teamId));
                }
            }
        }
        return errors;
    }

    static UserResponse toResponse(User user) {
        return new UserResponse(
                user.username,
                List.copyOf(user.roleSet()),
                user.teamIds.stream().sorted().toList(),
                user.allTeams,
                user.createdAt,
                user.version);
    }
}
