package org.standby.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Team revisions shared by every instance on one PostgreSQL database (issue 15). After a commit raises a team's
 * revision in this process ({@link TeamRevisions}), the team ids are announced with {@code pg_notify} on channel
 * {@value #CHANNEL}, before the request that made the change is answered; every other instance LISTENs on its own
 * connection and raises the same revisions, so a feed or on-call answer it holds in memory is stale from then on and
 * its next request is served from the database. The feed's fast path stays as it was: no database round trip per
 * poll.
 *
 * <p>The same channel carries the keys that the login caches must forget ({@link PeerForgettable}): a user whose
 * password, roles or teams changed, and a revoked API token, so that they stop working on every instance with the
 * next request, not when the cache entry expires.
 *
 * <p>A listener that loses its connection raises every team's revision and empties the login caches when it is back
 * (it may have missed announcements), then listens again. On H2 (one process by construction) nothing of this runs.
 */
@ApplicationScoped
public class ClusterRevisions {

    static final String CHANNEL = "standby_team_changes";
    /** The second word of an announcement that names a login cache's key, not teams. */
    static final String FORGET = "forget";

    private static final Logger LOG = Logger.getLogger(ClusterRevisions.class);

    /** This process, so that it does not act on its own announcements. */
    private final String instance = UUID.randomUUID().toString();

    @Inject
    TeamRevisions revisions;

    @Inject
    jakarta.enterprise.inject.Instance<PeerForgettable> caches;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    StandbyConfig config;

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;
    private Connection announcing;

    /** Whether this process shares revisions with other instances (PostgreSQL and not switched off). */
    public boolean active() {
        return running;
    }

    void start(@Observes StartupEvent event) {
        if (!config.cluster().notifyOthers() || !dbKind.toLowerCase().startsWith("postgres") || url.isEmpty()) {
            return;
        }
        running = true;
        revisions.announceWith(this::announce);
        listener = new Thread(this::listen, "standby-cluster-revisions");
        listener.setDaemon(true);
        listener.start();
        LOG.infof("Team revisions are shared with other instances through PostgreSQL channel %s", CHANNEL);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        closeQuietly(listening);
        synchronized (this) {
            closeQuietly(announcing);
            announcing = null;
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * Tells the other instances that these teams changed; called after the commit, before the answer. On its own
     * connection (not the pool's: the transaction that committed is still bound to this thread), one at a time.
     */
    synchronized void announce(Collection<Long> teams) {
        if (!running || teams.isEmpty()) {
            return;
        }
        notifyPeers(instance + " " + teams.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Sends one announcement on this instance's own connection, one at a time; logs when it cannot. */
    private synchronized void notifyPeers(String payload) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                if (announcing == null || announcing.isClosed()) {
                    announcing = connect();
                }
                try (PreparedStatement notify = announcing.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, payload);
                    notify.execute();
                }
                return;
            } catch (SQLException e) {
                closeQuietly(announcing);
                announcing = null;
                if (attempt == 2) {
                    // the change is committed; the others catch up when their listener reconnects or their
                    // caches expire (a day for feeds, standby.login.cache-ttl for logins)
                    LOG.warnf("Could not announce a change to other instances: %s", e.getMessage());
                }
            }
        }
    }

    /**
     * Tells the other instances to forget a key of a login cache ({@link PeerForgettable}): a user whose password,
     * roles or teams changed, or a revoked token. Called after the commit, before the answer.
     */
    public void announceForgotten(String kind, String key) {
        if (!running) {
            return;
        }
        notifyPeers(forgetPayload(kind, key));
    }

    /** "instance forget kind key", the key URL-encoded (user names from single sign-on may hold spaces). */
    String forgetPayload(String kind, String key) {
        return instance + " " + FORGET + " " + kind + " " + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** A key that another instance asks the login caches of this kind to forget. */
    record Forgotten(String kind, String key) {}

    /** The kind and key of another instance's "forget" announcement; empty for anything else. */
    Optional<Forgotten> forgottenOf(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.split(" ", -1);
        if (parts.length != 4 || parts[0].equals(instance) || !parts[1].equals(FORGET) || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Forgotten(parts[2], URLDecoder.decode(parts[3], StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private void forget(Forgotten forgotten) {
        for (PeerForgettable cache : caches) {
            if (cache.kind().equals(forgotten.kind())) {
                cache.forgetFromPeer(forgotten.key());
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url.get(), username.orElse(null), password.orElse(null));
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone anyway
            }
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                // anything announced while this instance was not listening: every team and login is stale once
                revisions.raiseAll();
                caches.forEach(PeerForgettable::forgetAllFromPeers);
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications == null) {
                        continue;
                    }
                    Set<Long> teams = new HashSet<>();
                    for (PGNotification notification : notifications) {
                        Optional<Forgotten> forgotten = forgottenOf(notification.getParameter());
                        if (forgotten.isPresent()) {
                            forget(forgotten.get());
                        } else {
                            teams.addAll(teamsOf(notification.getParameter()));
                        }
                    }
                    revisions.raiseFromPeers(teams);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf(
                        "Listening for other instances' changes failed (%s); retrying in %d ms",
                        e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            } finally {
                listening = null;
            }
        }
    }

    /** The teams of an announcement of another instance; none for this instance's own or a malformed one. */
    Set<Long> teamsOf(String payload) {
        if (payload == null) {
            return Set.of();
        }
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(instance)) {
            return Set.of();
        }
        try {
            return Arrays.stream(payload.substring(space + 1).split(","))
                    .filter(s -> !s.isBlank())
                    .map(Long::valueOf)
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }
}
