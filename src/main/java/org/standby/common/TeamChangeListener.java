package org.standby.common;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA listener of the {@link TeamOwned} entities: an insert, update or delete raises the team's revision once
 * the transaction has committed. Bulk JPQL statements bypass entity listeners; code that runs them calls
 * {@link TeamRevisions#changedOnCommit(Long)} itself.
 */
public class TeamChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof TeamOwned owned) {
            Arc.container().instance(TeamRevisions.class).get().changedOnCommit(owned.owningTeamId());
        }
    }
}
