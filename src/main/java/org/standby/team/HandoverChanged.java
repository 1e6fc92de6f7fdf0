package org.standby.team;

import java.time.LocalTime;

/**
 * CDI event fired inside the transaction that changes a team's hand-over time; the policy moves its shift times
 * that were the old hand-over (a listener that refuses the change rolls the team update back).
 */
public record HandoverChanged(long teamId, LocalTime previous, LocalTime current) {}
