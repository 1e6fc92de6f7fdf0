package org.standby.policy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.standby.calendar.DayType;

/**
 * A team's coverage policy: which shifts need somebody on call, and the rules protecting the people who are.
 *
 * @param shifts       the shift templates; validated by {@link PolicyValidator}
 * @param rules        rest and workload rules
 * @param compensation what standby and call-outs earn; {@link CompensationRules#defaults()} when not given
 * @param unplugged    the rest every member is guaranteed (a signed coverage agreement's); null: none set
 */
public record CoveragePolicy(
        List<ShiftTemplate> shifts, CoverageRules rules, CompensationRules compensation, UnpluggedRules unplugged) {

    public CoveragePolicy {
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        compensation = compensation == null ? CompensationRules.defaults() : compensation;
    }

    /** A policy without unplugged rules. */
    public CoveragePolicy(List<ShiftTemplate> shifts, CoverageRules rules, CompensationRules compensation) {
        this(shifts, rules, compensation, null);
    }

    /** A policy with the default compensation rules. */
    public CoveragePolicy(List<ShiftTemplate> shifts, CoverageRules rules) {
        this(shifts, rules, null);
    }

    /**
     * A sensible default for a school IT department of 2 to 8 people, one person on call at a time:
     * <table>
     * <caption>Default shifts</caption>
     * <tr><th>Name</th><th>Day types</th><th>Time</th><th>Weight</th></tr>
     * <tr><td>Weeknight</td><td>TERM, BREAK</td><td>18:00-08:00</td><td>1</td></tr>
     * <tr><td>Summer night</td><td>SUMMER</td><td>18:00-08:00</td><td>1.5</td></tr>
     * <tr><td>Weekend day</td><td>WEEKEND</td><td>08:00-08:00 (24 h)</td><td>2</td></tr>
     * <tr><td>Public holiday</td><td>PUBLIC_HOLIDAY</td><td>08:00-08:00 (24 h)</td><td>3</td></tr>
     * </table>
     * Working hours on school days are covered by the team at work, so weekdays only need a night. Summer nights
     * weigh more because they fall in everybody's holiday. Rules are {@link CoverageRules#defaults()}: 10 h rest
     * (a night followed by the next night leaves exactly 10 h), at most 3 consecutive days, at most 4 shifts a week.
     * A team of four, each with three weeks' summer leave, can be planned without gaps. The 08:00 above is the
     * team's hand-over time ({@link #defaultPolicy(LocalTime)}).
     */
    public static CoveragePolicy defaultPolicy() {
        return defaultPolicy(DEFAULT_HANDOVER);
    }

    /** The hand-over of {@link #defaultPolicy()}, and a new team's. */
    public static final LocalTime DEFAULT_HANDOVER = LocalTime.of(8, 0);

    /**
     * The default policy of a team whose hand-over time is {@code handover}: nights run from 18:00 to the
     * hand-over, weekend days and public holidays from hand-over to hand-over (docs/engine.md).
     */
    public static CoveragePolicy defaultPolicy(LocalTime handover) {
        LocalTime evening = LocalTime.of(18, 0);
        LocalTime morning = handover;
        return new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Weeknight", Set.of(DayType.TERM, DayType.BREAK), evening, morning, 1.0, 1),
                        new ShiftTemplate("Summer night", Set.of(DayType.SUMMER), evening, morning, 1.5, 1),
                        new ShiftTemplate("Weekend day", Set.of(DayType.WEEKEND), morning, morning, 2.0, 1),
                        new ShiftTemplate("Public holiday", Set.of(DayType.PUBLIC_HOLIDAY), morning, morning, 3.0, 1)),
                CoverageRules.defaults());
    }

    /**
     * This policy with the team's hand-over moved: every shift start or end that was the old hand-over time is the
     * new one; every other time is the director's own choice and stays.
     */
    public CoveragePolicy withHandoverMoved(LocalTime previous, LocalTime current) {
        return new CoveragePolicy(
                shifts.stream()
                        .map(t -> new ShiftTemplate(
                                t.name(),
                                t.dayTypes(),
                                previous.equals(t.start()) ? current : t.start(),
                                previous.equals(t.end()) ? current : t.end(),
                                t.weight(),
                                t.headcount()))
                        .toList(),
                rules,
                compensation,
                unplugged);
    }
}
