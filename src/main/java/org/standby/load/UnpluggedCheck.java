package org.standby.load;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.UnpluggedRules;
import org.standby.policy.rules.RestWindows;
import org.standby.time.StandbyPeriod;

/**
 * The unplugged-time rules checked on a rota's shifts. Pure.
 * <ul>
 * <li><b>Free weekends</b>: a weekend (Saturday 00:00 to Monday 00:00) belongs to the month of its Saturday; it is
 * free for a member who has no shift overlapping it. Every calendar month whose weekends all lie in the range needs
 * at least {@code freeWeekendsPerMonth} free weekends per member.</li>
 * <li><b>Free week in every break</b>: a break is a run of BREAK or SUMMER dates (weekends and public holidays
 * between them bridge the run). Every break that holds a whole Monday-to-Sunday week inside the range needs, for
 * each member, one such week in which no shift of theirs starts (Monday 00:00 to the next Monday 00:00; the Sunday
 * shift that runs into Monday belongs to its own week).</li>
 * </ul>
 * A member away (leave, sickness) has no shifts then, so their absence counts as unplugged. The windows are
 * {@link RestWindows}, the same the engine keeps free as a hard rule.
 */
public final class UnpluggedCheck {

    public enum Kind {
        FREE_WEEKENDS,
        FREE_WEEK_IN_BREAK
    }

    /** A member as the check sees them. */
    public record Member(String id, String name) {}

    /** A rule that does not hold: for {@code period} (a month 2027-03, or a break 2027-10-18..2027-10-31). */
    public record Gap(Kind kind, String memberId, String name, String period, int free, int required) {}

    private UnpluggedCheck() {}

    public static List<Gap> check(
            List<StandbyPeriod> shifts,
            List<Member> members,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            Map<LocalDate, DayType> dayTypes,
            UnpluggedRules rules) {
        // the same windows the engine keeps free (one definition: RestWindows)
        List<RestWindows.Group> groups = rules.windows(zone, from, to, dayTypes);
        List<Gap> gaps = new ArrayList<>();
        for (Member member : members) {
            List<StandbyPeriod> own = shifts.stream()
                    .filter(s -> member.id().equals(s.memberId()))
                    .toList();
            for (RestWindows.Group group : groups) {
                int free = 0;
                for (RestWindows.Window window : group.windows()) {
                    boolean touched = own.stream()
                            .anyMatch(s -> window.touchedBy(
                                    s.start().getEpochSecond(), s.end().getEpochSecond()));
                    if (!touched) {
                        free++;
                    }
                }
                if (free < group.freeRequired()) {
                    gaps.add(new Gap(
                            Kind.valueOf(group.kind().name()),
                            member.id(),
                            member.name(),
                            group.period(),
                            free,
                            group.freeRequired()));
                }
            }
        }
        return gaps;
    }
}
