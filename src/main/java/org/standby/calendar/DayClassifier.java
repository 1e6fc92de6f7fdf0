package org.standby.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies dates for one team, purely: the first that applies of {@link DayType#PUBLIC_HOLIDAY} (a public
 * holiday or a closure day of the team), {@link DayType#WEEKEND}, then the kind of the school period the date
 * falls in ({@code SUMMER}, {@code BREAK}, {@code TERM}); a weekday outside every period counts as {@code TERM}.
 *
 * <p>The holidays given are the team's effective ones: the region's public holidays with the team's own closure
 * days added and the public holidays it works through removed (see {@link #effectiveHolidays}). Periods of one
 * team do not overlap; should they, the kind of higher precedence wins.
 */
public final class DayClassifier {

    public static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Map<LocalDate, String> holidays;
    private final List<Period> periods;
    private final Set<DayOfWeek> weekend;

    /**
     * @param holidays the effective holidays by date, with their names
     * @param periods the team's school periods
     */
    public DayClassifier(Map<LocalDate, String> holidays, List<Period> periods) {
        this(holidays, periods, SATURDAY_AND_SUNDAY);
    }

    public DayClassifier(Map<LocalDate, String> holidays, List<Period> periods, Set<DayOfWeek> weekend) {
        this.holidays = Map.copyOf(holidays);
        List<Period> byPrecedence = new ArrayList<>(periods);
        byPrecedence.sort(Comparator.comparing((Period p) -> p.kind().dayType()).thenComparing(Period::start));
        this.periods = List.copyOf(byPrecedence);
        this.weekend = Set.copyOf(weekend);
    }

    /**
     * A region's public holidays, plus the team's closure days, minus the public holidays the team works
     * through. A closure on a public holiday renames it.
     */
    public static Map<LocalDate, String> effectiveHolidays(
            List<PublicHoliday> publicHolidays, Map<LocalDate, String> closures, Set<LocalDate> workingDays) {
        Map<LocalDate, String> result = new LinkedHashMap<>();
        for (PublicHoliday holiday : publicHolidays) {
            result.merge(holiday.date(), holiday.name(), (first, second) -> first + " / " + second);
        }
        workingDays.forEach(result::remove);
        result.putAll(closures);
        return result;
    }

    public CalendarDay classify(LocalDate date) {
        String holiday = holidays.get(date);
        Optional<Period> period = periods.stream().filter(p -> p.contains(date)).findFirst();
        DayType type;
        if (holiday != null) {
            type = DayType.PUBLIC_HOLIDAY;
        } else if (weekend.contains(date.getDayOfWeek())) {
            type = DayType.WEEKEND;
        } else {
            type = period.map(p -> p.kind().dayType()).orElse(DayType.TERM);
        }
        return new CalendarDay(date, type, holiday, period.orElse(null));
    }

    public DayType dayType(LocalDate date) {
        return classify(date).dayType();
    }

    /** Every day from {@code from} to {@code to}, both inclusive, in order. */
    public List<CalendarDay> classify(LocalDate from, LocalDate to) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(classify(date));
        }
        return days;
    }
}
