package org.standby.rota.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.standby.calendar.DayType;

/**
 * Solver-side view of a member (a planning value): availability and limits precomputed as numbers so the
 * constraints are cheap, plus the fairness targets the soft constraints steer towards. Built by {@link RotaEngine};
 * public only so the solver and the constraint tests can see it.
 */
public final class RotaMember {

    private final String id;
    private final String name;
    private final long activeFromDay;
    private final long activeUntilDay;
    private final long[] leaveStarts;
    private final long[] leaveEnds;
    private final long minRestSeconds;
    private final int maxConsecutiveDays;
    private final int maxShiftsPerWeek;
    private final long targetLoad;
    private final Map<DayType, Long> targetCounts;

    /**
     * @param id                 member id
     * @param name               display name
     * @param activeFromDay      first epoch day the member is active ({@link Long#MIN_VALUE} for no bound)
     * @param activeUntilDay     last epoch day the member is active ({@link Long#MAX_VALUE} for no bound)
     * @param leave              absences as pairs {@code [startEpochSecond, endEpochSecond)}
     * @param minRestSeconds     minimum rest between two of their shifts
     * @param maxConsecutiveDays maximum run of consecutive days with a shift
     * @param maxShiftsPerWeek   maximum shifts per calendar week
     * @param targetLoad         fair share in weight units x {@link ShiftSlot#SCALE}
     * @param targetCounts       fair number of shifts x {@link ShiftSlot#SCALE} for the balanced day types
     */
    public RotaMember(String id, String name, long activeFromDay, long activeUntilDay, long[][] leave,
            long minRestSeconds, int maxConsecutiveDays, int maxShiftsPerWeek, long targetLoad,
            Map<DayType, Long> targetCounts) {
        this.id = id;
        this.name = name;
        this.activeFromDay = activeFromDay;
        this.activeUntilDay = activeUntilDay;
        long[][] sorted = leave.clone();
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        this.leaveStarts = Arrays.stream(sorted).mapToLong(r -> r[0]).toArray();
        this.leaveEnds = Arrays.stream(sorted).mapToLong(r -> r[1]).toArray();
        this.minRestSeconds = minRestSeconds;
        this.maxConsecutiveDays = maxConsecutiveDays;
        this.maxShiftsPerWeek = maxShiftsPerWeek;
        this.targetLoad = targetLoad;
        this.targetCounts = new EnumMap<>(DayType.class);
        this.targetCounts.putAll(targetCounts);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Whether the member is active on the epoch day. */
    public boolean isActiveOn(long epochDay) {
        return epochDay >= activeFromDay && epochDay <= activeUntilDay;
    }

    /** Whether an absence overlaps {@code [startSecond, endSecond)}. */
    public boolean isOnLeave(long startSecond, long endSecond) {
        for (int i = 0; i < leaveStarts.length; i++) {
            if (leaveStarts[i] < endSecond && startSecond < leaveEnds[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the member is active and not absent for the whole slot. */
    public boolean isAvailableFor(ShiftSlot slot) {
        return isActiveOn(slot.getDateIndex()) && !isOnLeave(slot.getStartSecond(), slot.getEndSecond());
    }

    public long getMinRestSeconds() {
        return minRestSeconds;
    }

    public int getMaxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    public int getMaxShiftsPerWeek() {
        return maxShiftsPerWeek;
    }

    /** Fair share in weight units x {@link ShiftSlot#SCALE}. */
    public long getTargetLoad() {
        return targetLoad;
    }

    /** Fair number of shifts of the day type x {@link ShiftSlot#SCALE}; 0 if not balanced separately. */
    public long getTargetCount(DayType dayType) {
        return targetCounts.getOrDefault(dayType, 0L);
    }

    @Override
    public String toString() {
        return id;
    }
}
