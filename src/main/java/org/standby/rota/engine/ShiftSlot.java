package org.standby.rota.engine;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;

/**
 * One slot of a shift to be given to one member (a planning entity). A shift with headcount 2 has two slots, and the
 * no-overlap constraint keeps one member from taking both. The member may stay {@code null}: the slot is then a gap,
 * which costs a medium-level penalty.
 */
@PlanningEntity
public class ShiftSlot {

    /** Weights and counts are scored as integers in hundredths. */
    public static final long SCALE = 100;
    private static final long MONDAY_EPOCH_DAY = 4; // 1970-01-05

    @PlanningId
    private String key;
    private PlannedShift shift;
    private long startSecond;
    private long endSecond;
    private long dateIndex;
    private long weekIndex;
    private long weightScaled;
    @PlanningPin
    private boolean pinned;
    private String previousMemberId;

    @PlanningVariable(allowsUnassigned = true)
    private RotaMember member;

    /** For the solver's cloning. */
    public ShiftSlot() {
    }

    /**
     * @param shift            the shift slot
     * @param pinned           whether the member is fixed
     * @param previousMemberId the member of the rota being re-planned, or {@code null}
     * @param member           the initial member, or {@code null}
     */
    public ShiftSlot(PlannedShift shift, boolean pinned, String previousMemberId, RotaMember member) {
        this.key = shift.key();
        this.shift = shift;
        this.startSecond = shift.start().getEpochSecond();
        this.endSecond = shift.end().getEpochSecond();
        this.dateIndex = shift.date().toEpochDay();
        this.weekIndex = Math.floorDiv(dateIndex - MONDAY_EPOCH_DAY, 7);
        this.weightScaled = Math.round(shift.weight() * SCALE);
        this.pinned = pinned;
        this.previousMemberId = previousMemberId;
        this.member = member;
    }

    public String getKey() {
        return key;
    }

    public PlannedShift getShift() {
        return shift;
    }

    public DayType getDayType() {
        return shift.dayType();
    }

    public long getStartSecond() {
        return startSecond;
    }

    public long getEndSecond() {
        return endSecond;
    }

    /** Epoch day of the local date the shift starts on. */
    public long getDateIndex() {
        return dateIndex;
    }

    /** Index of the calendar week (Monday to Sunday) of the start date. */
    public long getWeekIndex() {
        return weekIndex;
    }

    /** Weight x {@link #SCALE}. */
    public long getWeightScaled() {
        return weightScaled;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getPreviousMemberId() {
        return previousMemberId;
    }

    public RotaMember getMember() {
        return member;
    }

    public void setMember(RotaMember member) {
        this.member = member;
    }

    /** Whether the slot was given to somebody else than in the rota being re-planned. */
    public boolean isChangedFromPrevious() {
        return previousMemberId != null && (member == null || !previousMemberId.equals(member.getId()));
    }

    @Override
    public String toString() {
        return key + "->" + member;
    }
}
