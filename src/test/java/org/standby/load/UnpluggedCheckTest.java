package org.standby.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.policy.UnpluggedRules;
import org.standby.time.StandbyPeriod;

class UnpluggedCheckTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static StandbyPeriod weekendDay(String member, LocalDate date) {
        return new StandbyPeriod(
                member,
                date,
                DayType.WEEKEND,
                date.atTime(8, 0).atZone(BERLIN).toInstant(),
                date.plusDays(1).atTime(8, 0).atZone(BERLIN).toInstant());
    }

    @Test
    void threeWeekendsOfFourOnCallLeaveOneFreeWeekendAndAreReported() {
        // March 2027 has the weekends of 6, 13, 20 and 27 March; Ana works the Saturdays of the first three
        List<StandbyPeriod> shifts = new ArrayList<>();
        for (int day : List.of(6, 13, 20)) {
            shifts.add(weekendDay("1", LocalDate.of(2027, 3, day)));
        }
        shifts.add(weekendDay("2", LocalDate.of(2027, 3, 27)));
        Map<LocalDate, DayType> types = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2027, 3, 1); !d.isAfter(LocalDate.of(2027, 3, 31)); d = d.plusDays(1)) {
            types.put(d, DayType.TERM);
        }
        List<UnpluggedCheck.Gap> gaps = UnpluggedCheck.check(
                shifts,
                List.of(new UnpluggedCheck.Member("1", "Ana"), new UnpluggedCheck.Member("2", "Ben")),
                BERLIN,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31),
                types,
                new UnpluggedRules(2, true));
        assertThat(gaps)
                .containsExactly(
                        new UnpluggedCheck.Gap(UnpluggedCheck.Kind.FREE_WEEKENDS, "1", "Ana", "2027-03", 1, 2));
    }

    @Test
    void aBreakWithoutAFreeWeekIsReported() {
        // autumn break Monday 18 to Friday 29 October 2027; Ana on call one weekend day of each of its two weeks
        Map<LocalDate, DayType> types = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2027, 10, 11); !d.isAfter(LocalDate.of(2027, 11, 7)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            boolean inBreak = !d.isBefore(LocalDate.of(2027, 10, 18)) && !d.isAfter(LocalDate.of(2027, 10, 29));
            types.put(d, weekend ? DayType.WEEKEND : inBreak ? DayType.BREAK : DayType.TERM);
        }
        List<StandbyPeriod> shifts =
                List.of(weekendDay("1", LocalDate.of(2027, 10, 23)), weekendDay("1", LocalDate.of(2027, 10, 30)));
        List<UnpluggedCheck.Gap> gaps = UnpluggedCheck.check(
                shifts,
                List.of(new UnpluggedCheck.Member("1", "Ana"), new UnpluggedCheck.Member("2", "Ben")),
                BERLIN,
                LocalDate.of(2027, 10, 11),
                LocalDate.of(2027, 11, 7),
                types,
                new UnpluggedRules(0, true));
        assertThat(gaps)
                .containsExactly(new UnpluggedCheck.Gap(
                        UnpluggedCheck.Kind.FREE_WEEK_IN_BREAK, "1", "Ana", "2027-10-18..2027-10-31", 0, 1));
    }
}
