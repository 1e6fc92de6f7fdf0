package org.standby.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.standby.calendar.DayType;

/**
 * Expands a {@link CoveragePolicy} into concrete {@link PlannedShift}s for a date range. Pure time maths: the result
 * depends only on the arguments.
 *
 * <p>Rules:
 * <ul>
 * <li>A template applies to a date when the date's day type (as given by {@code dayTypeOf}) is one of its day
 * types. The shift starts on that date; a shift whose end is not after its start ends on the next date.</li>
 * <li>Local times are resolved in the zone with {@link ZonedDateTime#of} semantics: a time inside a DST gap moves
 * forward by the gap length (02:30 on the spring-forward night becomes 03:30), a time inside an overlap takes the
 * earlier offset. So a 18:00-08:00 night across the spring change in Europe/Berlin lasts 13 h, across the autumn
 * change 15 h.</li>
 * <li>A shift that has no time left once its start moved out of a DST gap (e.g. 02:30-03:00 on the spring-forward
 * date in Europe/Berlin) does not exist that day and is skipped.</li>
 * <li>One shift is produced per headcount slot, with a stable key {@code <date>/<name>/<slot>}.</li>
 * <li>The result is sorted by start, then by template order in the policy, then by slot.</li>
 * </ul>
 */
public final class ShiftExpander {

    private ShiftExpander() {}

    /**
     * Expands the policy for every date from {@code from} to {@code toInclusive}.
     *
     * @param policy      a valid policy (see {@link PolicyValidator})
     * @param zone        the team's time zone
     * @param from        first date a shift may start on
     * @param toInclusive last date a shift may start on (its shift may end on the following date)
     * @param dayTypeOf   the team calendar: the day type of each date
     * @return the shifts sorted by start instant
     */
    public static List<PlannedShift> expand(
            CoveragePolicy policy,
            ZoneId zone,
            LocalDate from,
            LocalDate toInclusive,
            Function<LocalDate, DayType> dayTypeOf) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        Objects.requireNonNull(dayTypeOf, "dayTypeOf");
        record Indexed(PlannedShift shift, int templateIndex) {}
        List<Indexed> result = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
            DayType dayType = dayTypeOf.apply(date);
            for (int t = 0; t < policy.shifts().size(); t++) {
                ShiftTemplate template = policy.shifts().get(t);
                if (!template.dayTypes().contains(dayType)) {
                    continue;
                }
                Instant start = instantOf(date, template.start(), zone);
                LocalDate endDate = template.endsNextDay() ? date.plusDays(1) : date;
                Instant end = instantOf(endDate, template.end(), zone);
                if (!end.isAfter(start)) {
                    continue; // swallowed by a DST gap: that shift does not exist on this date
                }
                for (int slot = 0; slot < template.headcount(); slot++) {
                    String key = date + "/" + template.name() + "/" + slot;
                    result.add(new Indexed(
                            new PlannedShift(key, template.name(), date, dayType, start, end, template.weight(), slot),
                            t));
                }
            }
        }
        result.sort(Comparator.comparing((Indexed i) -> i.shift().start())
                .thenComparingInt(Indexed::templateIndex)
                .thenComparingInt(i -> i.shift().slot()));
        return result.stream().map(Indexed::shift).toList();
    }

    /** The instant of a local date and time in the zone; times in a DST gap move forward by the gap. */
    public static Instant instantOf(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
