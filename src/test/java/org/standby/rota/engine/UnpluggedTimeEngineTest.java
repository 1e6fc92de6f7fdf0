package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.load.UnpluggedCheck;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.policy.ShiftExpander;
import org.standby.policy.UnpluggedRules;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.RestWindows;
import org.standby.time.StandbyPeriod;

/**
 * Issue 16: the engine keeps the unplugged-time rules as a hard rule. A member never touches more weekends of a month
 * (or weeks of a break) than the rules allow; where the team cannot keep them, the engine leaves a gap and says why,
 * and the load report's check ({@link UnpluggedCheck}, the same {@link RestWindows}) finds nothing to report.
 */
class UnpluggedTimeEngineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RotaEngine ENGINE = new RotaEngine();
    private static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    private static final LocalDate TO = LocalDate.of(2027, 4, 30);

    /** March and April 2027: weekends as WEEKEND, 29 March to 9 April a school break, other days TERM. */
    private static DayType dayType(LocalDate date) {
        if (date.getDayOfWeek().getValue() >= 6) {
            return DayType.WEEKEND;
        }
        return !date.isBefore(LocalDate.of(2027, 3, 29)) && !date.isAfter(LocalDate.of(2027, 4, 9))
                ? DayType.BREAK
                : DayType.TERM;
    }

    private static Map<LocalDate, DayType> dayTypes() {
        Map<LocalDate, DayType> types = new HashMap<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            types.put(d, dayType(d));
        }
        return types;
    }

    private static List<PlannedShift> shifts() {
        return ShiftExpander.expand(CoveragePolicy.defaultPolicy(), BERLIN, FROM, TO, UnpluggedTimeEngineTest::dayType);
    }

    private static List<EngineMember> team(int size) {
        return java.util.stream.IntStream.rangeClosed(1, size)
                .mapToObj(i -> EngineMember.fullTime(MemberId.of(i), "Member " + i))
                .toList();
    }

    /** The member as the load model names it (any text unique per member will do). */
    private static String ref(MemberId id) {
        return id == null ? null : id.toString();
    }

    private static RotaResult solve(int members, UnpluggedRules rules) {
        List<RestWindows.Group> groups = rules.windows(BERLIN, FROM, TO, dayTypes());
        return ENGINE.solve(new RotaProblem(
                BERLIN,
                shifts(),
                team(members),
                CoverageRules.defaults(),
                Map.of(),
                Map.of(),
                LoadLimits.defaults(),
                groups));
    }

    private static List<UnpluggedCheck.Gap> check(RotaResult result, int members, UnpluggedRules rules) {
        List<StandbyPeriod> periods = shifts().stream()
                .map(p -> new StandbyPeriod(
                        ref(result.assignments().get(p.key())), p.date(), p.dayType(), p.start(), p.end()))
                .toList();
        return UnpluggedCheck.check(
                periods,
                team(members).stream()
                        .map(m -> new UnpluggedCheck.Member(ref(m.id()), m.name()))
                        .toList(),
                BERLIN,
                FROM,
                TO,
                dayTypes(),
                rules);
    }

    @Test
    void theRulesGiveWindowsForFullMonthsAndWholeBreakWeeks() {
        List<RestWindows.Group> groups = new UnpluggedRules(2, true).windows(BERLIN, FROM, TO, dayTypes());
        assertThat(groups)
                .extracting(RestWindows.Group::period)
                .containsExactly("2027-03", "2027-04", "2027-03-29..2027-04-11");
        assertThat(groups.get(0).windows()).hasSize(4); // Saturdays 6, 13, 20, 27 March
        assertThat(groups.get(1).windows()).hasSize(4); // 3, 10, 17, 24 April
        assertThat(groups.get(2).windows()).hasSize(2); // the weeks from 29 March and 5 April
        assertThat(groups.get(2).mayTouch()).isEqualTo(1);
    }

    @Test
    void aTeamThatCanKeepTheRulesKeepsThemWithoutGaps() {
        UnpluggedRules rules = new UnpluggedRules(1, true);
        RotaResult result = solve(6, rules);
        assertThat(result.gaps()).isEmpty();
        assertThat(check(result, 6, rules)).isEmpty();
        assertThat(result.score()).startsWith("0hard/");
    }

    @Test
    void whereTheTeamCannotKeepThemTheEngineLeavesGapsAndSaysWhy() {
        UnpluggedRules rules = new UnpluggedRules(2, true);
        RotaResult without = ENGINE.solve(new RotaProblem(BERLIN, shifts(), team(2), CoverageRules.defaults()));
        RotaResult with = solve(2, rules);
        // the rules hold, at the price of gaps the rota without them did not have
        assertThat(check(with, 2, rules)).isEmpty();
        assertThat(check(without, 2, rules)).isNotEmpty();
        assertThat(with.gaps().size()).isGreaterThan(without.gaps().size());
        assertThat(with.gaps()).anySatisfy(gap -> assertThat(gap.explanation()).contains("unplugged time"));
        assertThat(with.score()).startsWith("0hard/");
        // each member touches at most two of a month's four weekends
        for (MemberId member : List.of(MemberId.of(1), MemberId.of(2))) {
            Set<LocalDate> saturdays = shifts().stream()
                    .filter(p -> member.equals(with.assignments().get(p.key())))
                    .flatMap(p -> saturdaysTouched(p).stream())
                    .collect(Collectors.toSet());
            assertThat(saturdays.stream().filter(s -> s.getMonthValue() == 3).count())
                    .isLessThanOrEqualTo(2);
        }
    }

    private static Set<LocalDate> saturdaysTouched(PlannedShift shift) {
        Set<LocalDate> result = new java.util.HashSet<>();
        for (LocalDate d = shift.date().minusDays(2); !d.isAfter(shift.date().plusDays(1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
                long start = d.atStartOfDay(BERLIN).toEpochSecond();
                long end = d.plusDays(2).atStartOfDay(BERLIN).toEpochSecond();
                if (shift.start().getEpochSecond() < end && shift.end().getEpochSecond() > start) {
                    result.add(d);
                }
            }
        }
        return result;
    }
}
