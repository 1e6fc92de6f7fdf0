package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.ShiftExpander;
import org.standby.policy.ShiftTemplate;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RuleBook;
import org.standby.time.TimeRange;

/**
 * Invariants of the engine over generated small teams (2-6 members, random FTE, random leave and joining/leaving
 * dates), calendars (random holidays and breaks, ranges across DST changes) and policies (default shifts or with a
 * day shift and headcount 2, random rules). Tries are kept small so the suite stays fast.
 */
class RotaEngineProperties {

    private static final RotaEngine ENGINE = new RotaEngine();
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

    /** No hard rule of the rule book (leave, active window, overlap, rest, consecutive days, week) is broken. */
    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void theRotaBreaksNoRuleOfTheRuleBook(@ForAll("problems") RotaProblem problem) {
        RotaResult result = ENGINE.solve(problem);
        Map<String, PlannedShift> byKey = byKey(problem);
        Map<MemberId, List<RuleBook.Duty>> perMember = new HashMap<>();
        result.assignments()
                .forEach((key, member) -> perMember
                        .computeIfAbsent(member, m -> new ArrayList<>())
                        .add(RuleBook.Duty.of(
                                byKey.get(key).start(),
                                byKey.get(key).end(),
                                byKey.get(key).date())));
        CoverageRules rules = problem.rules();
        RuleBook.Limits limits =
                RuleBook.Limits.of(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek());
        for (EngineMember member : problem.members()) {
            assertThat(RuleBook.breaches(limits, member.availability(), perMember.getOrDefault(member.id(), List.of())))
                    .as("breaches of %s", member.id())
                    .isEmpty();
        }
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void everyShiftIsAssignedOrReportedAsAGap(@ForAll("problems") RotaProblem problem) {
        RotaResult result = ENGINE.solve(problem);
        Set<String> gapKeys = new HashSet<>();
        result.gaps().forEach(gap -> gapKeys.add(gap.shiftKey()));
        assertThat(gapKeys)
                .hasSize(result.gaps().size())
                .doesNotContainAnyElementsOf(result.assignments().keySet());
        Set<String> all = new HashSet<>(result.assignments().keySet());
        all.addAll(gapKeys);
        assertThat(all).isEqualTo(byKey(problem).keySet());
        assertThat(result.gaps())
                .allSatisfy(gap -> assertThat(gap.explanation()).isNotBlank());
        assertThat(result.fairness()).hasSize(problem.members().size());
    }

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void solvingTwiceGivesTheSameRota(@ForAll("problems") RotaProblem problem) {
        RotaResult first = ENGINE.solve(problem);
        List<EngineMember> shuffled = new ArrayList<>(problem.members());
        java.util.Collections.reverse(shuffled);
        List<PlannedShift> reversed = new ArrayList<>(problem.shifts());
        java.util.Collections.reverse(reversed);
        RotaResult second = ENGINE.solve(new RotaProblem(
                problem.zone(), reversed, shuffled, problem.rules(), problem.pinned(), problem.previous()));
        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.gaps()).isEqualTo(first.gaps());
        assertThat(second.fairness()).isEqualTo(first.fairness());
        assertThat(second.score()).isEqualTo(first.score());
    }

    /**
     * Switching off the constraints that cannot penalise anything ({@link IdleConstraints}) changes nothing the
     * search sees: with the team's thresholds, with none, and when re-planning, the engine evaluates the same moves and
     * ends in the same rota and score as with every constraint on.
     */
    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void switchingOffIdleConstraintsChangesNothing(
            @ForAll("problems") RotaProblem problem, @ForAll("limits") LoadLimits limits, @ForAll boolean replan) {
        RotaProblem varied = new RotaProblem(
                problem.zone(), problem.shifts(), problem.members(), problem.rules(), Map.of(), Map.of(), limits);
        if (replan) {
            varied = new RotaProblem(
                    problem.zone(),
                    problem.shifts(),
                    problem.members(),
                    problem.rules(),
                    Map.of(),
                    previousOf(problem),
                    limits);
        }
        RotaResult everyConstraint = new RotaEngine(EngineSettings.defaults(), false).solve(varied);
        RotaResult idleOff = ENGINE.solve(varied);
        assertThat(idleOff.assignments()).isEqualTo(everyConstraint.assignments());
        assertThat(idleOff.gaps()).isEqualTo(everyConstraint.gaps());
        assertThat(idleOff.score()).isEqualTo(everyConstraint.score());
        assertThat(idleOff.movesEvaluated()).isEqualTo(everyConstraint.movesEvaluated());
    }

    /** Every other shift given to a member in turn, as a rota being re-planned. */
    private static Map<String, MemberId> previousOf(RotaProblem problem) {
        Map<String, MemberId> previous = new HashMap<>();
        List<PlannedShift> shifts = problem.shifts();
        for (int i = 0; i < shifts.size(); i += 2) {
            previous.put(
                    shifts.get(i).key(),
                    problem.members().get(i % problem.members().size()).id());
        }
        return previous;
    }

    @Provide
    Arbitrary<LoadLimits> limits() {
        return Arbitraries.of(LoadLimits.NOT_LIMITING, LoadLimits.defaults(), new LoadLimits(60, 1, 1));
    }

    private static Map<String, PlannedShift> byKey(RotaProblem problem) {
        Map<String, PlannedShift> result = new HashMap<>();
        problem.shifts().forEach(shift -> result.put(shift.key(), shift));
        return result;
    }

    @Provide
    Arbitrary<RotaProblem> problems() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES);
        // around the spring and autumn DST changes, and ordinary weeks
        Arbitrary<LocalDate> from = Arbitraries.of(
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 10, 25),
                LocalDate.of(2027, 10, 30),
                LocalDate.of(2027, 6, 21),
                LocalDate.of(2027, 12, 20));
        Arbitrary<Integer> days = Arbitraries.integers().between(7, 21);
        Arbitrary<Long> calendarSeed = Arbitraries.longs();
        Arbitrary<CoverageRules> rules = Combinators.combine(
                        Arbitraries.of(0, 8, 10, 12, 24),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(2, 6))
                .as(CoverageRules::new);
        Arbitrary<Boolean> richPolicy = Arbitraries.of(false, true);
        Arbitrary<Integer> teamSize = Arbitraries.integers().between(2, 6);
        Arbitrary<Long> teamSeed = Arbitraries.longs();
        return Combinators.combine(zone, from, days, calendarSeed, rules, richPolicy, teamSize, teamSeed)
                .as(RotaEngineProperties::problem);
    }

    private static RotaProblem problem(
            ZoneId zone,
            LocalDate from,
            int days,
            long calendarSeed,
            CoverageRules rules,
            boolean richPolicy,
            int teamSize,
            long teamSeed) {
        LocalDate to = from.plusDays(days - 1);
        java.util.Random calendarRandom = new java.util.Random(calendarSeed);
        Map<LocalDate, DayType> calendar = new HashMap<>();
        DayType weekdayType = calendarRandom.nextBoolean() ? DayType.TERM : DayType.SUMMER;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayType type = d.getDayOfWeek().getValue() >= 6 ? DayType.WEEKEND : weekdayType;
            if (calendarRandom.nextInt(10) == 0) {
                type = DayType.PUBLIC_HOLIDAY;
            } else if (type != DayType.WEEKEND && calendarRandom.nextInt(5) == 0) {
                type = DayType.BREAK;
            }
            calendar.put(d, type);
        }
        CoveragePolicy base = CoveragePolicy.defaultPolicy();
        CoveragePolicy policy = richPolicy
                ? new CoveragePolicy(
                        List.of(
                                new ShiftTemplate(
                                        "Day",
                                        Set.of(DayType.TERM, DayType.BREAK, DayType.SUMMER),
                                        LocalTime.of(8, 0),
                                        LocalTime.of(18, 0),
                                        0.5,
                                        2),
                                base.shifts().get(0),
                                base.shifts().get(1),
                                base.shifts().get(2),
                                base.shifts().get(3)),
                        rules)
                : new CoveragePolicy(base.shifts(), rules);
        List<PlannedShift> shifts = ShiftExpander.expand(policy, zone, from, to, calendar::get);

        java.util.Random teamRandom = new java.util.Random(teamSeed);
        List<EngineMember> members = new ArrayList<>();
        for (int k = 0; k < teamSize; k++) {
            double fte = new double[] {0.5, 0.8, 1.0, 1.0}[teamRandom.nextInt(4)];
            List<TimeRange> leave = new ArrayList<>();
            int leaves = teamRandom.nextInt(3);
            for (int l = 0; l < leaves; l++) {
                LocalDate start = from.plusDays(teamRandom.nextInt(days));
                int hoursIntoDay = teamRandom.nextInt(24);
                leave.add(new TimeRange(
                        start.atStartOfDay(zone).toInstant().plusSeconds(hoursIntoDay * 3600L),
                        start.plusDays(1 + teamRandom.nextInt(6))
                                .atStartOfDay(zone)
                                .toInstant()));
            }
            LocalDate activeFrom = teamRandom.nextInt(5) == 0 ? from.plusDays(teamRandom.nextInt(days)) : null;
            LocalDate activeUntil = teamRandom.nextInt(5) == 0 ? from.plusDays(teamRandom.nextInt(days)) : null;
            double carried = teamRandom.nextInt(4) == 0 ? teamRandom.nextInt(7) - 3 : 0;
            members.add(new EngineMember(MemberId.of(k), "Member " + k, fte, activeFrom, activeUntil, leave, carried));
        }
        return new RotaProblem(zone, shifts, members, rules);
    }
}
