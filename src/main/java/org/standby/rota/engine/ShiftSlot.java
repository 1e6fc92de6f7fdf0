package org.standby.rota.engine;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RuleBook;

/**
 * One slot of a shift to be given to one member (a planning entity). A shift with headcount 2 has two slots, and the
 * no-overlap constraint keeps one member from taking both. The member may stay {@code null}: the slot is then a gap,
 * which costs a medium-level penalty.
 */
@PlanningEntity
public class ShiftSlot {

    /** Weights and counts are scored as integers in hundredths. */
    public static final long SCALE = 100;

    @PlanningId
    private String key;

    private PlannedShift shift;
    private RuleBook.Duty duty;
    private int monthIndex;
    private long minutes;
    private long nightDay;
    private long weekendDay;
    private int weekendMonthIndex;
    private long weightScaled;

    @PlanningPin
    private boolean pinned;

    private MemberId previousMemberId;
    /** The unplugged-time windows this shift overlaps (none without such rules); fixed per problem. */
    private java.util.List<RestGroup.Ref> restWindows = java.util.List.of();

    @PlanningVariable(allowsUnassigned = true)
    private RotaMember member;

    /** For the solver's cloning. */
    public ShiftSlot() {}

    /**
     * @param shift            the shift slot
     * @param pinned           whether the member is fixed
     * @param previousMemberId the member of the rota being re-planned, or {@code null}
     * @param member           the initial member, or {@code null}
     */
    public ShiftSlot(ZoneId zone, PlannedShift shift, boolean pinned, MemberId previousMemberId, RotaMember member) {
        this.key = shift.key();
        this.shift = shift;
        this.duty = RuleBook.Duty.of(shift.start(), shift.end(), shift.date());
        this.monthIndex = monthIndexOf(shift.date());
        this.minutes = Duration.between(shift.start(), shift.end()).toMinutes();
        this.nightDay = LoadLimits.nightOf(shift.start(), shift.end(), zone);
        this.weekendDay = LoadLimits.weekendDayOf(shift.start(), shift.end(), zone);
        this.weekendMonthIndex = weekendDay == LoadLimits.NONE ? -1 : monthIndexOf(LocalDate.ofEpochDay(weekendDay));
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

    /** The slot as the rule book sees it (one object per slot: two slots of one shift are two duties). */
    public RuleBook.Duty getDuty() {
        return duty;
    }

    public long getStartSecond() {
        return duty.start();
    }

    public long getEndSecond() {
        return duty.end();
    }

    /** Epoch day of the local date the shift starts on. */
    public long getDateIndex() {
        return duty.day();
    }

    /** Index of the calendar week (Monday to Sunday) of the start date. */
    public long getWeekIndex() {
        return duty.week();
    }

    /** Months counted from year 0 (year x 12 + month - 1) of a date. */
    public static int monthIndexOf(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** The month of the start date ({@link #monthIndexOf}); the slot's hours count in it. */
    public int getMonthIndex() {
        return monthIndex;
    }

    /** Real minutes on call. */
    public long getMinutes() {
        return minutes;
    }

    /** Whether the slot covers a night (on call at 03:00). */
    public boolean isNight() {
        return nightDay != LoadLimits.NONE;
    }

    /** Epoch day of the evening of the night covered, as the load report counts nights. */
    public long getNightDay() {
        return nightDay;
    }

    /** Whether the slot is on call at noon on a Saturday or Sunday. */
    public boolean isWeekend() {
        return weekendDay != LoadLimits.NONE;
    }

    /** The unplugged-time windows this shift overlaps. */
    public java.util.List<RestGroup.Ref> getRestWindows() {
        return restWindows;
    }

    void setRestWindows(java.util.List<RestGroup.Ref> restWindows) {
        this.restWindows = restWindows;
    }

    /** The Saturday of the weekend covered (identifies the weekend). */
    public long getWeekendSaturday() {
        return weekendDay - (LocalDate.ofEpochDay(weekendDay).getDayOfWeek().getValue() - 6);
    }

    /** The month of the weekend day covered. */
    public int getWeekendMonthIndex() {
        return weekendMonthIndex;
    }

    /** Weight x {@link #SCALE}. */
    public long getWeightScaled() {
        return weightScaled;
    }

    public boolean isPinned() {
        return pinned;
    }

    public MemberId getPreviousMemberId() {
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
        return previousMemberId != null && (member == null || !previousMemberId.equals(member.getMemberId()));
    }

    @Override
    public String toString() {
        return key + "->" + member;
    }
}
