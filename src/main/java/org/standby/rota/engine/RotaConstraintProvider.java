package org.standby.rota.engine;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.standby.calendar.DayType;
import org.standby.policy.PolicyValidator;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RestWindows;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;

/**
 * The rules of a fair rota, one method per rule, named for what it protects. The hard rules are the solver's
 * incremental form of {@link RuleBook}: each penalises by the rule book's own measure (minutes on leave, of overlap,
 * of rest missing; days and shifts beyond a limit), so a schedule's hard score per constraint equals the sum of the
 * rule book's breach penalties for that {@link Rule} (checked by {@code RuleBookAgreementPropertiesTest}).
 *
 * <p>Hard (never broken by the engine): {@link #noShiftDuringLeave}, {@link #onlyWhileActive}, {@link #noOverlap},
 * {@link #minimumRest}, {@link #maxConsecutiveDays}, {@link #maxShiftsPerWeek}.
 * <br>Medium: {@link #fillEveryShift} (a gap is worse than any unfairness, but better than a broken rule).
 * <br>Soft, in priority order by weight: {@link #balanceLoad}, {@link #balanceWeekendLoad},
 * {@link #balanceHolidayLoad}, {@link #balanceSummerLoad}, {@link #noBackToBackWeekends},
 * {@link #keepPreviousAssignment}; the team's load thresholds {@link #stayWithinMonthlyHours},
 * {@link #limitNightsInARow}, {@link #limitWeekendsPerMonth} (kept where the team can, so weighted above fairness).
 *
 * <p>Load and counts are scored in hundredths ({@link ShiftSlot#SCALE}) and their deviations squared, so one member
 * two units off costs more than two members one unit off each: the solver spreads deviations thinly.
 */
public class RotaConstraintProvider implements ConstraintProvider {

    /**
     * How many days apart two shift start dates can be and still break the rest rule: a shift ends at most two
     * dates (plus a DST hour) after its start date, and the rest is at most {@link PolicyValidator#MAX_REST_HOURS}.
     */
    static final int MAX_REST_DAY_DISTANCE = 2 + (PolicyValidator.MAX_REST_HOURS + 23) / 24;
    /** How many days apart two shift start dates can be and still overlap: a shift ends on its start date or the next. */
    static final int MAX_OVERLAP_DAY_DISTANCE = 1;
    /**
     * The date keys of {@link #sameMemberPairs}, one per distance, made once: equal streams share their nodes, so
     * the pairs {@link #noOverlap} needs are the first part of those {@link #minimumRest} needs, built once.
     */
    private static final List<Function<ShiftSlot, Long>> DAY_PLUS = IntStream.rangeClosed(0, MAX_REST_DAY_DISTANCE)
            .mapToObj(distance -> (Function<ShiftSlot, Long>) slot -> slot.getDateIndex() + distance)
            .toList();

    /** Soft weight of one squared hundredth of load deviation. */
    static final long LOAD_WEIGHT = 4;
    /** Soft weight of one squared hundredth of weekend / holiday count deviation. */
    static final long WEEKEND_WEIGHT = 8;

    static final long HOLIDAY_WEIGHT = 8;
    /** Soft weight of one squared hundredth of summer count deviation. */
    static final long SUMMER_WEIGHT = 2;
    /** Soft penalty for one member on call on two weekends in a row. */
    static final long BACK_TO_BACK_WEEKEND_PENALTY = 5_000;
    /**
     * Soft weight of one minute on call beyond the team's monthly hours threshold. A 14 h night beyond it costs
     * 168 000, more than the fairness cost of moving it to a member below their fair share (about 80 000), so the
     * engine spreads load to respect the threshold where it can.
     */
    static final long MONTHLY_HOURS_WEIGHT = 200;
    /** Soft penalty per night beyond the team's nights-in-a-row threshold. */
    static final long NIGHTS_IN_A_ROW_PENALTY = 100_000;
    /** Soft penalty per weekend beyond the team's weekends-per-month threshold. */
    static final long WEEKENDS_PER_MONTH_PENALTY = 100_000;
    /** Soft penalty per shift given to somebody else than in the rota being re-planned. */
    static final long CHANGE_PENALTY = 200_000;

    static final String KEEP_PREVIOUS = "keepPreviousAssignment";
    static final String MONTHLY_HOURS = "stayWithinMonthlyHours";
    static final String NIGHTS_IN_A_ROW = "limitNightsInARow";
    static final String WEEKENDS_PER_MONTH = "limitWeekendsPerMonth";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            noShiftDuringLeave(factory),
            onlyWhileActive(factory),
            noOverlap(factory),
            minimumRest(factory),
            maxConsecutiveDays(factory),
            maxShiftsPerWeek(factory),
            keepUnpluggedTime(factory),
            fillEveryShift(factory),
            balanceLoad(factory),
            balanceWeekendLoad(factory),
            balanceHolidayLoad(factory),
            balanceSummerLoad(factory),
            noBackToBackWeekends(factory),
            keepPreviousAssignment(factory),
            stayWithinMonthlyHours(factory),
            limitNightsInARow(factory),
            limitWeekendsPerMonth(factory)
        };
    }

    /** Nobody is on call while on approved leave; penalised per minute on leave ({@link RuleBook#leaveMinutes}). */
    Constraint noShiftDuringLeave(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> leaveMinutes(slot) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RotaConstraintProvider::leaveMinutes)
                .asConstraint(Rule.ON_LEAVE.constraintName());
    }

    /** Nobody is on call before joining or after leaving the team; penalised per minute of the shift. */
    Constraint onlyWhileActive(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> inactiveMinutes(slot) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RotaConstraintProvider::inactiveMinutes)
                .asConstraint(Rule.INACTIVE.constraintName());
    }

    /**
     * Nobody holds two overlapping shifts, including two slots of the same shift; penalised per minute shared
     * ({@link RuleBook#overlapMinutes}).
     */
    Constraint noOverlap(ConstraintFactory factory) {
        return sameMemberPairs(factory, MAX_OVERLAP_DAY_DISTANCE)
                .filter((a, b) -> RuleBook.overlapMinutes(a.getDuty(), b.getDuty()) > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD, (a, b) -> RuleBook.overlapMinutes(a.getDuty(), b.getDuty()))
                .asConstraint(Rule.OVERLAP.constraintName());
    }

    /**
     * Between two shifts of the same member that do not overlap there are at least {@code minRestHours}; penalised
     * per minute of rest missing ({@link RuleBook#missingRestMinutes}).
     */
    Constraint minimumRest(ConstraintFactory factory) {
        return sameMemberPairs(factory, MAX_REST_DAY_DISTANCE)
                .filter((a, b) -> missingRestMinutes(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RotaConstraintProvider::missingRestMinutes)
                .asConstraint(Rule.MIN_REST.constraintName());
    }

    private static long leaveMinutes(ShiftSlot slot) {
        return RuleBook.leaveMinutes(slot.getMember().getAvailability(), slot.getDuty());
    }

    private static long inactiveMinutes(ShiftSlot slot) {
        return RuleBook.inactiveMinutes(slot.getMember().getAvailability(), slot.getDuty());
    }

    private static long missingRestMinutes(ShiftSlot a, ShiftSlot b) {
        return RuleBook.missingRestMinutes(a.getMember().getLimits(), a.getDuty(), b.getDuty());
    }

    /**
     * Each unordered pair of slots of the same member whose start dates are at most {@code maxDays} apart, once.
     * Built from equality joins on the date (one per distance) rather than a range join: a hash lookup per move
     * instead of a scan over the member's whole year.
     */
    private static BiConstraintStream<ShiftSlot, ShiftSlot> sameMemberPairs(ConstraintFactory factory, int maxDays) {
        BiConstraintStream<ShiftSlot, ShiftSlot> pairs = factory.forEachUniquePair(
                ShiftSlot.class, Joiners.equal(ShiftSlot::getMember), Joiners.equal(ShiftSlot::getDateIndex));
        for (int distance = 1; distance <= maxDays; distance++) {
            pairs = pairs.concat(factory.forEach(ShiftSlot.class)
                    .join(
                            ShiftSlot.class,
                            Joiners.equal(ShiftSlot::getMember),
                            Joiners.equal(DAY_PLUS.get(distance), ShiftSlot::getDateIndex)));
        }
        return pairs;
    }

    /**
     * Nobody starts shifts on more than {@code maxConsecutiveDays} days in a row; penalised per day beyond, over each
     * run of consecutive days a member works (each day once, however many shifts start on it): the rule book's
     * measure. {@link ExcessRuns} keeps the sum up to date at the cost of one run per move.
     */
    Constraint maxConsecutiveDays(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .groupBy(
                        ShiftSlot::getMember,
                        new ExcessRuns(
                                ShiftSlot::getDateIndex,
                                slot -> slot.getMember().getMaxConsecutiveDays()))
                .filter((member, excess) -> excess > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (member, excess) -> excess)
                .asConstraint(Rule.MAX_CONSECUTIVE_DAYS.constraintName());
    }

    /** Nobody starts more than {@code maxShiftsPerWeek} shifts in one calendar week; penalised per extra shift. */
    Constraint maxShiftsPerWeek(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .groupBy(ShiftSlot::getMember, ShiftSlot::getWeekIndex, count())
                .filter((member, week, shifts) -> RuleBook.excessShifts(member.getLimits(), shifts) > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (member, week, shifts) -> RuleBook.excessShifts(member.getLimits(), shifts))
                .asConstraint(Rule.MAX_SHIFTS_PER_WEEK.constraintName());
    }

    /**
     * Every member keeps the unplugged time the team guarantees ({@link RestWindows}): of each group of windows
     * (the weekends of a month, the whole weeks of a break) a member touches at most {@code windows - free} with
     * shifts; penalised per window touched beyond. Hard, so where the team cannot keep it the engine leaves a gap.
     */
    Constraint keepUnpluggedTime(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> !slot.getRestWindows().isEmpty())
                .flatten(ShiftSlot::getRestWindows)
                .groupBy(
                        (slot, ref) -> slot.getMember(),
                        (slot, ref) -> ref.group(),
                        countDistinct((slot, ref) -> ref.window()))
                .filter((member, group, touched) -> touched > group.mayTouch)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (member, group, touched) -> touched - group.mayTouch)
                .asConstraint(Rule.UNPLUGGED.constraintName());
    }

    /** Every shift has somebody on call; each gap costs one medium point. */
    Constraint fillEveryShift(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftSlot.class)
                .filter(slot -> slot.getMember() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("fillEveryShift");
    }

    /** Each member's weighted load stays close to their fair share (squared deviation). */
    Constraint balanceLoad(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .groupBy(ShiftSlot::getMember, sumLong(ShiftSlot::getWeightScaled))
                .complement(RotaMember.class, member -> 0L)
                .penalizeLong(
                        HardMediumSoftLongScore.ofSoft(LOAD_WEIGHT),
                        (member, load) -> square(load - member.getTargetLoad()))
                .asConstraint("balanceLoad");
    }

    /** Weekend days are shared by availability, separately from the overall load. */
    Constraint balanceWeekendLoad(ConstraintFactory factory) {
        return balanceCount(factory, DayType.WEEKEND, WEEKEND_WEIGHT, "balanceWeekendLoad");
    }

    /** Public holidays are shared by availability, separately from the overall load. */
    Constraint balanceHolidayLoad(ConstraintFactory factory) {
        return balanceCount(factory, DayType.PUBLIC_HOLIDAY, HOLIDAY_WEIGHT, "balanceHolidayLoad");
    }

    /** Summer shifts are shared by availability, separately from the overall load. */
    Constraint balanceSummerLoad(ConstraintFactory factory) {
        return balanceCount(factory, DayType.SUMMER, SUMMER_WEIGHT, "balanceSummerLoad");
    }

    private static Constraint balanceCount(ConstraintFactory factory, DayType dayType, long weight, String name) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.getDayType() == dayType)
                .groupBy(ShiftSlot::getMember, count())
                .complement(RotaMember.class, member -> 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ofSoft(weight),
                        (member, shifts) -> square(shifts * ShiftSlot.SCALE - member.getTargetCount(dayType)))
                .asConstraint(name);
    }

    /** Nobody is on call on two weekends in a row (penalised per pair of weekend days in consecutive weeks). */
    Constraint noBackToBackWeekends(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.getDayType() == DayType.WEEKEND)
                .join(
                        factory.forEach(ShiftSlot.class).filter(slot -> slot.getDayType() == DayType.WEEKEND),
                        Joiners.equal(ShiftSlot::getMember),
                        Joiners.equal(slot -> slot.getWeekIndex() + 1, ShiftSlot::getWeekIndex))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(BACK_TO_BACK_WEEKEND_PENALTY))
                .asConstraint("noBackToBackWeekends");
    }

    /** When re-planning, every shift stays with the member it had before unless moving it pays off. */
    Constraint keepPreviousAssignment(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftSlot.class)
                .filter(ShiftSlot::isChangedFromPrevious)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(CHANGE_PENALTY))
                .asConstraint(KEEP_PREVIOUS);
    }

    /**
     * Nobody holds more hours in a calendar month than the team's threshold x FTE x share of the month planned and
     * active ({@link LoadLimits#hoursLimit}); per minute beyond. A shift counts in the month it starts in.
     */
    Constraint stayWithinMonthlyHours(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.getMember().getLoadLimits() != null)
                .groupBy(ShiftSlot::getMember, ShiftSlot::getMonthIndex, sumLong(ShiftSlot::getMinutes))
                .filter((member, month, minutes) -> member.excessMinutesInMonth(month, minutes) > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ofSoft(MONTHLY_HOURS_WEIGHT),
                        (member, month, minutes) -> member.excessMinutesInMonth(month, minutes))
                .asConstraint(MONTHLY_HOURS);
    }

    /**
     * Nobody is on call more nights in a row (on call at 03:00) than the team's threshold; per night beyond, over each
     * run of consecutive nights a member covers, counted like {@link #maxConsecutiveDays}.
     */
    Constraint limitNightsInARow(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.isNight() && slot.getMember().getLoadLimits() != null)
                .groupBy(
                        ShiftSlot::getMember,
                        new ExcessRuns(
                                ShiftSlot::getNightDay,
                                slot -> slot.getMember().getLoadLimits().maxNightsInARow()))
                .filter((member, excess) -> excess > 0)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(NIGHTS_IN_A_ROW_PENALTY), (member, excess) -> excess)
                .asConstraint(NIGHTS_IN_A_ROW);
    }

    /**
     * Nobody is on call on more weekends in a month (on call at noon on Saturday or Sunday) than the team's
     * threshold; per weekend beyond. A weekend counts in the month of the day worked.
     */
    Constraint limitWeekendsPerMonth(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.isWeekend() && slot.getMember().getLoadLimits() != null)
                .groupBy(
                        ShiftSlot::getMember,
                        ShiftSlot::getWeekendMonthIndex,
                        countDistinct(ShiftSlot::getWeekendSaturday))
                .filter((member, month, weekends) -> member.getLoadLimits().excessWeekends(weekends) > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ofSoft(WEEKENDS_PER_MONTH_PENALTY),
                        (member, month, weekends) -> member.getLoadLimits().excessWeekends(weekends))
                .asConstraint(WEEKENDS_PER_MONTH);
    }

    private static long square(long value) {
        return value * value;
    }
}
