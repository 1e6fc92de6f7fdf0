package org.standby.load;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.UnpluggedRules;
import org.standby.time.StandbyPeriod;

/**
 * The unplugged-time rules checked on a rota's shifts. Pure.
 * <ul>
 * <li><b>Free weekends</b>: a weekend (Saturday 00:00 to Monday 00:00) belongs to the month of its Saturday; it is
 * free for a member who has no shift overlapping it. Every calendar month whose weekends all lie in the range needs
 * at least {@code freeWeekendsPerMonth} free weekends per member.</li>
 * <li><b>Free week in every break</b>: a break is a run of BREAK or SUMMER dates (weekends and public holidays
 * between them bridge the run). Every break that holds a whole Monday-to-Sunday week inside the range needs, for
 * each member, one such week without any shift overlapping it (Monday 00:00 to the next Monday 00:00).</li>
 * </ul>
 * A member away (leave, sickness) has no shifts then, so their absence counts as unplugged.
 */
public final class UnpluggedCheck {

    public enum Kind {
        FREE_WEEKENDS,
        FREE_WEEK_IN_BREAK
    }

    /** A member as the check sees them. */
    public record Member(String id, String name) {
    }

    /** A rule that does not hold: for {@code period} (a month 2027-03, or a break 2027-10-18..2027-10-31). */
    public record Gap(Kind kind, String memberId, String name, String period, int free, int required) {
    }

    private UnpluggedCheck() {
    }

    public static List<Gap> check(List<StandbyPeriod> shifts, List<Member> members, ZoneId zone,
            LocalDate from, LocalDate to, Map<LocalDate, DayType> dayTypes, UnpluggedRules rules) {
        int freeWeekendsPerMonth = rules.freeWeekendsPerMonth();
        boolean freeWeekInEveryBreak = rules.freeWeekInEveryBreak();
        List<Gap> gaps = new ArrayList<>();
        for (Member member : members) {
            List<StandbyPeriod> own = shifts.stream().filter(s -> member.id().equals(s.memberId())).toList();
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to));
                    month = month.plusMonths(1)) {
                LocalDate saturday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                LocalDate lastSaturday = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.SATURDAY));
                if (saturday.isBefore(from) || lastSaturday.plusDays(1).isAfter(to)) {
                    continue; // the month's weekends are not all in the range
                }
                int free = 0;
                for (LocalDate s = saturday; !s.isAfter(lastSaturday); s = s.plusWeeks(1)) {
                    if (free(own, s, s.plusDays(2), zone)) {
                        free++;
                    }
                }
                if (free < freeWeekendsPerMonth) {
                    gaps.add(new Gap(Kind.FREE_WEEKENDS, member.id(), member.name(), month.toString(), free,
                            freeWeekendsPerMonth));
                }
            }
            if (freeWeekInEveryBreak) {
                for (LocalDate[] brk : breaks(dayTypes)) {
                    LocalDate monday = brk[0].with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                    boolean anyWeek = false;
                    boolean freeWeek = false;
                    for (LocalDate m = monday; !m.plusDays(6).isAfter(brk[1]); m = m.plusWeeks(1)) {
                        if (m.isBefore(from) || m.plusDays(6).isAfter(to)) {
                            continue;
                        }
                        anyWeek = true;
                        freeWeek |= free(own, m, m.plusDays(7), zone);
                    }
                    if (anyWeek && !freeWeek) {
                        gaps.add(new Gap(Kind.FREE_WEEK_IN_BREAK, member.id(), member.name(), brk[0] + ".." + brk[1],
                                0, 1));
                    }
                }
            }
        }
        return gaps;
    }

    private static boolean free(List<StandbyPeriod> shifts, LocalDate first, LocalDate endExclusive, ZoneId zone) {
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = endExclusive.atStartOfDay(zone).toInstant();
        return shifts.stream().noneMatch(s -> s.start().isBefore(end) && s.end().isAfter(start));
    }

    /** Runs of BREAK and SUMMER dates, bridged over weekends and public holidays, as [first, last]. */
    static List<LocalDate[]> breaks(Map<LocalDate, DayType> dayTypes) {
        List<LocalDate[]> result = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Map.Entry<LocalDate, DayType> entry : new java.util.TreeMap<>(dayTypes).entrySet()) {
            DayType type = entry.getValue();
            if (type == DayType.BREAK || type == DayType.SUMMER) {
                if (start == null) {
                    start = entry.getKey();
                }
                end = entry.getKey();
            } else if (type == DayType.TERM && start != null) {
                result.add(new LocalDate[] {start, end});
                start = null;
            }
        }
        if (start != null) {
            result.add(new LocalDate[] {start, end});
        }
        // a break bridged over a weekend ends on the weekend's Sunday when the next school day is a Monday
        for (LocalDate[] brk : result) {
            LocalDate next = brk[1].plusDays(1);
            while (dayTypes.get(next) == DayType.WEEKEND || dayTypes.get(next) == DayType.PUBLIC_HOLIDAY) {
                brk[1] = next;
                next = next.plusDays(1);
            }
        }
        return result;
    }
}
