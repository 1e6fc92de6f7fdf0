package org.standby.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.security.SsoSettings.RolesFrom;
import org.standby.security.dto.SsoGroupMapping;
import org.standby.security.dto.SsoSettingsRequest;
import org.standby.security.dto.SsoSettingsResponse;

/**
 * Single sign-on: turns a verified token of the school's identity provider into a Standby {@link Caller}, and keeps
 * the admin's settings. The user is the value of the configured username claim; their roles and teams come either
 * from the token's groups (through the admin's group mappings, so a person taken out of a group loses the role with
 * their next token) or from the user table. A first sign-in creates the user with the least role: a viewer of no
 * team. The settings are read from memory: this node takes its own change at once, and re-reads them (when older than
 * a minute) whenever a sign-in reads the database anyway.
 */
@ApplicationScoped
public class SsoService {

    private static final Logger LOG = Logger.getLogger(SsoService.class);
    private static final Duration SETTINGS_MAX_AGE = Duration.ofMinutes(1);
    private static final int MAX_USERNAME_LENGTH = 64;
    /** Claims whose values are addresses, compared in lower case (Ana@School.example is ana@school.example). */
    private static final Set<String> CASE_INSENSITIVE_CLAIMS = Set.of("email", "preferred_username", "upn");

    /** The settings and group mappings as the last read found them. */
    record Snapshot(RolesFrom rolesFrom, boolean localPasswords, Map<String, SsoGroupMapping> groups, long readAt) {}

    @Inject
    SsoConfig config;

    @Inject
    Clock clock;

    @Inject
    UserService users;

    @Inject
    VerifiedCredentials credentials;

    @Inject
    Event<AccountChanged> accountChanges;

    @Inject
    Event<Snapshot> changes;

    private volatile Snapshot snapshot = new Snapshot(RolesFrom.USERS, true, Map.of(), 0);
    /** Usernames known to have a user row, so that a token in GROUPS mode needs no database read. */
    private final Set<String> knownUsers = ConcurrentHashMap.newKeySet();

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** The admin's change counts on this node once it is committed. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Snapshot changed) {
        snapshot = changed;
    }

    public boolean enabled() {
        return config.enabled();
    }

    String clientId() {
        return config.clientId();
    }

    /** False when single sign-on is on and the admin switched local passwords off. */
    public boolean localPasswordsAllowed() {
        return !enabled() || snapshot.localPasswords();
    }

    RolesFrom rolesFrom() {
        return snapshot.rolesFrom();
    }

    // ---- the admin's settings

    public SsoSettingsResponse settings() {
        SsoSettings settings = SsoSettings.current();
        return new SsoSettingsResponse(
                enabled(),
                config.usernameClaim(),
                config.groupsClaim(),
                settings.rolesFrom,
                settings.localPasswords,
                mappings());
    }

    @Transactional
    public SsoSettingsResponse update(SsoSettingsRequest request) {
        List<SsoGroupMapping> groups = request.groups() == null ? List.of() : request.groups();
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            SsoGroupMapping group = groups.get(i);
            if (!names.add(group.group())) {
                errors.add(new FieldError("groups[" + i + "].group", "is named twice"));
            }
            for (FieldError error : users.checkRolesAndTeams(group.roles(), group.teamIds())) {
                errors.add(new FieldError("groups[" + i + "]." + error.field(), error.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (!request.localPasswords() && !enabled()) {
            throw new ConflictException("single sign-on is not configured: local passwords cannot be switched off");
        }
        SsoSettingsResponse before = settings();
        SsoSettings settings = SsoSettings.current();
        settings.rolesFrom = request.rolesFrom();
        settings.localPasswords = request.localPasswords();
        settings.persist();
        // one by one, not a bulk statement (BulkStatementsTest): a handful of rows, and the entity listeners run
        SsoGroup.<SsoGroup>listAll().forEach(SsoGroup::delete);
        SsoGroup.flush();
        for (SsoGroupMapping mapping : groups) {
            SsoGroup group = new SsoGroup();
            group.groupName = mapping.group();
            group.roles = mapping.roles() == null ? "" : String.join(",", new TreeSet<>(mapping.roles()));
            group.allTeams = Boolean.TRUE.equals(mapping.allTeams());
            if (mapping.teamIds() != null) {
                group.teamIds.addAll(mapping.teamIds());
            }
            group.persist();
        }
        SsoSettingsResponse after = new SsoSettingsResponse(
                enabled(),
                config.usernameClaim(),
                config.groupsClaim(),
                settings.rolesFrom,
                settings.localPasswords,
                groups);
        accountChanges.fire(new AccountChanged("sso.settings", "sso-settings", SsoSettings.ID, before, after));
        changes.fire(new Snapshot(settings.rolesFrom, settings.localPasswords, byName(groups), System.nanoTime()));
        return after;
    }

    private List<SsoGroupMapping> mappings() {
        return SsoGroup.<SsoGroup>listAll().stream()
                .sorted(java.util.Comparator.comparing(g -> g.groupName))
                .map(g -> new SsoGroupMapping(
                        g.groupName,
                        List.copyOf(g.roleSet()),
                        g.teamIds.stream().sorted().toList(),
                        g.allTeams))
                .toList();
    }

    private static Map<String, SsoGroupMapping> byName(List<SsoGroupMapping> groups) {
        return groups.stream().collect(Collectors.toUnmodifiableMap(SsoGroupMapping::group, Function.identity()));
    }

    /** Re-reads the settings (blocking) when they are older than a minute, so other nodes' changes arrive. */
    void refreshIfStale() {
        if (System.nanoTime() - snapshot.readAt() > SETTINGS_MAX_AGE.toNanos() || snapshot.readAt() == 0) {
            reload();
        }
    }

    private void reload() {
        snapshot = QuarkusTransaction.requiringNew().call(() -> {
            SsoSettings settings = SsoSettings.current();
            return new Snapshot(settings.rolesFrom, settings.localPasswords, byName(mappings()), System.nanoTime());
        });
    }

    // ---- signed-in people

    /** The Standby username a token names, by the configured claim; refused if it names none. */
    String usernameOf(JsonWebToken token) {
        Object value = token.getClaim(config.usernameClaim());
        String name = value instanceof JsonString string ? string.getString() : value == null ? null : value.toString();
        if (name == null || name.isBlank()) {
            throw new AuthenticationFailedException("the token has no " + config.usernameClaim() + " claim");
        }
        name = name.trim();
        if (CASE_INSENSITIVE_CLAIMS.contains(config.usernameClaim())) {
            name = name.toLowerCase(Locale.ROOT);
        }
        if (name.length() > MAX_USERNAME_LENGTH) {
            throw new AuthenticationFailedException("the token's " + config.usernameClaim() + " is too long");
        }
        return name;
    }

    /** The caller from the token's groups, through the admin's mappings (no database read). */
    Caller fromGroups(String username, JsonWebToken token) {
        Map<String, SsoGroupMapping> mapped = snapshot.groups();
        Set<String> roles = new TreeSet<>();
        Set<Long> teams = new TreeSet<>();
        boolean allTeams = false;
        for (String group : groupsOf(token)) {
            SsoGroupMapping mapping = mapped.get(group);
            if (mapping == null && group.startsWith("/")) {
                mapping = mapped.get(group.substring(1)); // Keycloak's full group path
            }
            if (mapping == null) {
                continue;
            }
            if (mapping.roles() != null) {
                roles.addAll(mapping.roles());
            }
            if (mapping.teamIds() != null) {
                teams.addAll(mapping.teamIds());
            }
            allTeams |= Boolean.TRUE.equals(mapping.allTeams());
        }
        return new Caller(username, Set.copyOf(roles), allTeams, Set.copyOf(teams));
    }

    private Set<String> groupsOf(JsonWebToken token) {
        Object claim = token.getClaim(config.groupsClaim());
        Set<String> groups = new HashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                groups.add(value instanceof JsonString string ? string.getString() : value.toString());
            }
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(value -> groups.add(String.valueOf(value)));
        } else if (claim instanceof JsonString string) {
            groups.add(string.getString());
        } else if (claim instanceof String string) {
            groups.add(string);
        }
        return groups;
    }

    /** The caller as remembered (USERS mode), or empty when the database must be read. */
    Optional<Caller> rememberedFromUsers(String username) {
        return credentials.remembered(username);
    }

    boolean isKnown(String username) {
        return knownUsers.contains(username);
    }

    /**
     * Blocking: makes sure the user exists (creating them as a viewer of no team at their first sign-in) and answers
     * them as the user table has them.
     */
    Caller signedIn(String username) {
        refreshIfStale();
        long stamp = credentials.stamp();
        Caller caller;
        try {
            caller = QuarkusTransaction.requiringNew().call(() -> findOrCreate(username));
        } catch (RuntimeException raced) {
            // two first requests of one person at once: the other one created the user (unique username)
            caller = QuarkusTransaction.requiringNew()
                    .call(() -> User.findByUsername(username)
                            .map(CallerIdentities::of)
                            .orElseThrow(() -> raced));
        }
        knownUsers.add(username);
        credentials.rememberCaller(username, caller, null, stamp);
        return caller;
    }

    private Caller findOrCreate(String username) {
        User user = User.findByUsername(username).orElse(null);
        if (user == null) {
            user = new User();
            user.username = username;
            user.passwordHash = null;
            user.roles = Roles.VIEWER;
            user.createdAt = clock.instant();
            user.persist();
            user.flush();
            LOG.infof("First sign-in of %s with single sign-on: created as a viewer of no team", username);
        }
        return CallerIdentities.of(user);
    }
}
