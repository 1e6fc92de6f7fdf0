package org.standby.leave;

import java.time.Instant;

/** CDI event fired inside the transaction that approves an absence; the rota marks the shifts it hits. */
public record AbsenceApproved(long absenceId, long teamId, long memberId, Instant start, Instant end) {}
