package org.standby.leave;

import org.standby.leave.dto.LeaveImpactResponse;

/**
 * What approved leave does to the published rota: the shifts it hits and the re-plan that would cover them. The
 * rota and change features compute it (they depend on leave, not the other way round), so leave asks through this
 * interface. Called after the transaction that approved the leave committed, outside any transaction (the re-plan
 * previews run the engine, which never searches inside one); stores nothing.
 */
public interface LeaveImpact {

    /**
     * The impact of the approved absence (read in the transaction that stored it, and detached since), or null when it
     * hits no published shift that has not ended.
     */
    LeaveImpactResponse of(Absence absence);
}
