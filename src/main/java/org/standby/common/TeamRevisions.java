package org.standby.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A revision number per team that rises after every committed change to the team's data (see {@link TeamOwned}).
 * Whatever is computed from a team's data and kept in memory (the rendered calendar feeds) records the revision it
 * read <em>before</em> reading the database and is current only while the revision is unchanged; a commit that
 * races the computation therefore makes its result stale at once.
 *
 * <p>The numbers live in this process. On PostgreSQL, {@link ClusterRevisions} announces each raise to the other
 * instances on the same database and raises theirs, before the request that made the change is answered.
 */
@ApplicationScoped
public class TeamRevisions {

    private static final Object KEY = TeamRevisions.class;

    @Inject
    TransactionSynchronizationRegistry registry;

    private final ConcurrentHashMap<Long, AtomicLong> revisions = new ConcurrentHashMap<>();

    /** Raised for every team at once (another instance's announcements may have been missed). */
    private final AtomicLong everyTeam = new AtomicLong();

    private volatile java.util.function.Consumer<Set<Long>> announcer = teams -> {};

    /** The team's current revision; read it before reading the data that goes with it. */
    public long current(Long teamId) {
        AtomicLong revision = revisions.get(teamId);
        return (revision == null ? 0 : revision.get()) + everyTeam.get();
    }

    /** Where raises of this process are announced to other instances ({@link ClusterRevisions}). */
    void announceWith(java.util.function.Consumer<Set<Long>> announcer) {
        this.announcer = announcer;
    }

    /** Teams another instance changed: raised here, not announced again. */
    void raiseFromPeers(Set<Long> teams) {
        for (Long team : teams) {
            revisions.computeIfAbsent(team, id -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Every team's revision rises: whatever is held in memory is stale. */
    void raiseAll() {
        everyTeam.incrementAndGet();
    }

    /**
     * Raises the team's revision after the current transaction commits (at once without a transaction). Once per
     * transaction and team, however many rows change.
     */
    public void changedOnCommit(Long teamId) {
        if (teamId == null) {
            return;
        }
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            raise(Set.of(teamId));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> teams = (Set<Long>) registry.getResource(KEY);
        if (teams == null) {
            Set<Long> changed = new HashSet<>();
            registry.putResource(KEY, changed);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        raise(changed);
                    }
                }
            });
            teams = changed;
        }
        teams.add(teamId);
    }

    private void raise(Set<Long> teams) {
        raiseFromPeers(teams);
        announcer.accept(teams);
    }
}
