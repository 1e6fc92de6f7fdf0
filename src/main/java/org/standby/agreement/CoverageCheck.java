package org.standby.agreement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.standby.agreement.DayWindows.Window;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.PlannedShift;
import org.standby.policy.ShiftExpander;

/**
 * The promises of an agreement checked against a coverage policy over a date range, date by date in the team's
 * local time. Pure.
 *
 * <p>On each date, a service's promise for the date's day type (ALWAYS or HOURS by the team) is <b>covered</b> where
 * the team is at work (working hours of the day type) or somebody is on call (any shift of the policy over that
 * part of the date: a night that started the evening before covers the morning). What is left is a <b>gap</b>.
 * The part of a shift that no promise of the date's day type asks for is <b>unneeded</b>. Findings with the same
 * kind, day type, local hours and services are grouped, with their dates and hours.
 */
public final class CoverageCheck {

    public enum Kind {
        /** Promised hours nobody covers. */
        GAP,
        /** On-call hours no promise needs. */
        UNNEEDED
    }

    /** A group of findings: the same hours on {@code dates} days of {@code dayType}. */
    public record Finding(
            Kind kind,
            DayType dayType,
            String start,
            String end,
            List<String> services,
            int dates,
            LocalDate firstDate,
            LocalDate lastDate,
            List<LocalDate> examples,
            double hours) {}

    private CoverageCheck() {}

    public static List<Finding> check(
            AgreementDocument document,
            CoveragePolicy policy,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            Function<LocalDate, DayType> dayTypeOf) {
        List<PlannedShift> shifts = ShiftExpander.expand(policy, zone, from.minusDays(1), to, dayTypeOf);
        Map<DayType, List<Window>> work = DayWindows.work(document);
        Map<DayType, List<Window>> need = DayWindows.teamNeed(document);
        record Key(Kind kind, DayType dayType, Window window, List<String> services) {}
        Map<Key, TreeSet<LocalDate>> groups = new LinkedHashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayType dayType = dayTypeOf.apply(date);
            List<Window> onCall = onCallWindows(shifts, date, zone);
            List<Window> covered = DayWindows.union(concat(onCall, work.get(dayType)));
            Map<Window, List<String>> gaps =
                    new TreeMap<>(Comparator.comparingInt(Window::start).thenComparingInt(Window::end));
            for (AgreementDocument.Service service : document.services()) {
                for (AgreementDocument.Promise promise : service.promises()) {
                    if (promise.dayType() != dayType) {
                        continue;
                    }
                    for (Window gap : DayWindows.minus(DayWindows.of(promise), covered)) {
                        gaps.computeIfAbsent(gap, g -> new ArrayList<>()).add(service.name());
                    }
                }
            }
            for (Map.Entry<Window, List<String>> gap : gaps.entrySet()) {
                groups.computeIfAbsent(
                                new Key(Kind.GAP, dayType, gap.getKey(), List.copyOf(gap.getValue())),
                                k -> new TreeSet<>())
                        .add(date);
            }
            for (Window unneeded : DayWindows.minus(onCall, need.get(dayType))) {
                groups.computeIfAbsent(new Key(Kind.UNNEEDED, dayType, unneeded, List.of()), k -> new TreeSet<>())
                        .add(date);
            }
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, dates) -> findings.add(new Finding(
                key.kind(),
                key.dayType(),
                DayWindows.time(key.window().start()),
                DayWindows.time(key.window().end()),
                key.services(),
                dates.size(),
                dates.first(),
                dates.last(),
                dates.stream().limit(5).toList(),
                dates.size() * key.window().minutes() / 60.0)));
        findings.sort(Comparator.comparing(Finding::kind)
                .thenComparing(Finding::dayType)
                .thenComparing(Finding::start));
        return findings;
    }

    /** The local minutes of {@code date} in which some shift of the plan is on call. */
    static List<Window> onCallWindows(List<PlannedShift> shifts, LocalDate date, ZoneId zone) {
        LocalDateTime dayStart = date.atStartOfDay();
        List<Window> windows = new ArrayList<>();
        for (PlannedShift shift : shifts) {
            if (shift.date().isBefore(date.minusDays(1)) || shift.date().isAfter(date)) {
                continue;
            }
            long start = Duration.between(dayStart, shift.start().atZone(zone).toLocalDateTime())
                    .toMinutes();
            long end = Duration.between(dayStart, shift.end().atZone(zone).toLocalDateTime())
                    .toMinutes();
            int s = (int) Math.max(0, start);
            int e = (int) Math.min(DayWindows.DAY, end);
            if (e > s) {
                windows.add(new Window(s, e));
            }
        }
        return DayWindows.union(windows);
    }

    private static List<Window> concat(List<Window> a, List<Window> b) {
        List<Window> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
