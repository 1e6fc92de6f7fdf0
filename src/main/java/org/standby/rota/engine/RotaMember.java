package org.standby.rota.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.standby.calendar.DayType;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RuleBook;

/**
 * Solver-side view of a member (a planning value): availability and limits precomputed as numbers so the
 * constraints are cheap, plus the fairness targets the soft constraints steer towards. Built by {@link RotaEngine};
 * public only so the solver and the constraint tests can see it.
 */
public final class RotaMember {

    private final MemberId id;
    private final String name;
    private final RuleBook.Availability availability;
    private final RuleBook.Limits limits;
    private final long targetLoad;
    private LoadLimits loadLimits;
    private Map<Integer, Double> hourLimitByMonth = Map.of();
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
    public RotaMember(
            MemberId id,
            String name,
            long activeFromDay,
            long activeUntilDay,
            long[][] leave,
            long minRestSeconds,
            int maxConsecutiveDays,
            int maxShiftsPerWeek,
            long targetLoad,
            Map<DayType, Long> targetCounts) {
        this(
                id,
                name,
                RuleBook.Availability.ofDays(activeFromDay, activeUntilDay, leave),
                new RuleBook.Limits(minRestSeconds, maxConsecutiveDays, maxShiftsPerWeek),
                targetLoad,
                targetCounts);
    }

    /**
     * @param availability active window and approved leave
     * @param limits       the policy's limits
     * @param targetLoad   fair share in weight units x {@link ShiftSlot#SCALE}
     * @param targetCounts fair number of shifts x {@link ShiftSlot#SCALE} for the balanced day types
     */
    public RotaMember(
            MemberId id,
            String name,
            RuleBook.Availability availability,
            RuleBook.Limits limits,
            long targetLoad,
            Map<DayType, Long> targetCounts) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name;
        this.availability = availability;
        this.limits = limits;
        this.targetLoad = targetLoad;
        this.targetCounts = new EnumMap<>(DayType.class);
        this.targetCounts.putAll(targetCounts);
    }

    public MemberId getMemberId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** When the member may be on call (active window, approved leave), as the rule book reads it. */
    public RuleBook.Availability getAvailability() {
        return availability;
    }

    /** The policy's limits, as the rule book reads them. */
    public RuleBook.Limits getLimits() {
        return limits;
    }

    public int getMaxConsecutiveDays() {
        return limits.maxConsecutiveDays();
    }

    /**
     * Sets the team's load thresholds and this member's hour limit per month ({@link ShiftSlot#monthIndexOf}),
     * FTE- and activity-scaled. Without them (as in constraint tests) the threshold constraints do not apply.
     */
    void setLoadLimits(LoadLimits loadLimits, Map<Integer, Double> hourLimitByMonth) {
        this.loadLimits = loadLimits;
        this.hourLimitByMonth = Map.copyOf(hourLimitByMonth);
    }

    /** The team's load thresholds, or {@code null} if none apply. */
    public LoadLimits getLoadLimits() {
        return loadLimits;
    }

    /** This member's hour limit for the month, 0 if none is set. */
    public double hourLimitInMonth(int monthIndex) {
        return hourLimitByMonth.getOrDefault(monthIndex, 0.0);
    }

    /** Minutes on call beyond this member's limit for the month, given the minutes they hold in it. */
    public long excessMinutesInMonth(int monthIndex, long minutes) {
        Double limit = loadLimits == null ? null : hourLimitByMonth.get(monthIndex);
        return limit == null ? 0 : LoadLimits.excessMinutes(minutes, limit);
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
        return id.toString();
    }
}
