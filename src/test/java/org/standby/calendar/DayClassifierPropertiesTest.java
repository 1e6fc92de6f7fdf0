package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of day classification over generated holidays and non-overlapping periods. */
class DayClassifierPropertiesTest {

    private static final LocalDate ORIGIN = LocalDate.of(2027, 1, 1);

    record Calendar(Map<LocalDate, String> holidays, List<Period> periods) {}

    @Provide
    Arbitrary<Calendar> calendars() {
        Arbitrary<Map<LocalDate, String>> holidays = Arbitraries.integers()
                .between(0, 730)
                .set()
                .ofMaxSize(20)
                .map(days -> {
                    Map<LocalDate, String> map = new HashMap<>();
                    days.forEach(d -> map.put(ORIGIN.plusDays(d), "holiday " + d));
                    return map;
                });
        Arbitrary<List<Period>> periods = Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(1, 60),
                        Arbitraries.of(PeriodKind.class))
                .as((gap, length, kind) -> new int[] {gap, length, kind.ordinal()})
                .list()
                .ofMaxSize(12)
                .map(specs -> {
                    List<Period> list = new ArrayList<>();
                    LocalDate next = ORIGIN;
                    for (int[] spec : specs) {
                        LocalDate start = next.plusDays(spec[0]);
                        LocalDate end = start.plusDays(spec[1] - 1);
                        list.add(new Period("p" + list.size(), PeriodKind.values()[spec[2]], start, end));
                        next = end.plusDays(1);
                    }
                    return list;
                });
        return Combinators.combine(holidays, periods).as(Calendar::new);
    }

    @Property(tries = 200)
    void everyDayGetsTheFirstTypeThatApplies(@ForAll("calendars") Calendar calendar, @ForAll("days") int offset) {
        LocalDate date = ORIGIN.plusDays(offset);
        CalendarDay day = new DayClassifier(calendar.holidays(), calendar.periods()).classify(date);
        Period period = calendar.periods().stream()
                .filter(p -> p.contains(date))
                .findFirst()
                .orElse(null);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;

        DayType expected = calendar.holidays().containsKey(date)
                ? DayType.PUBLIC_HOLIDAY
                : weekend
                        ? DayType.WEEKEND
                        : period == null ? DayType.TERM : period.kind().dayType();
        assertThat(day.dayType()).isEqualTo(expected);
        assertThat(day.period()).isEqualTo(period);
        assertThat(day.holiday()).isEqualTo(calendar.holidays().get(date));
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 900);
    }
}
