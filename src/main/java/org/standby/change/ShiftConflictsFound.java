package org.standby.change;

import java.util.List;

/**
 * CDI event: approved leave hits published shifts of the member, which now need a swap, a cover or a re-plan.
 * Fired synchronously inside the transaction that approves the absence; an observer that sends notifications
 * should use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param shiftIds the published shifts, not ended yet, that overlap the leave, by start
 */
public record ShiftConflictsFound(long teamId, long memberId, long absenceId, List<Long> shiftIds) {

    public ShiftConflictsFound {
        shiftIds = List.copyOf(shiftIds);
    }
}
