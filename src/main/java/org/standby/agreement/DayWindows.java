package org.standby.agreement;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;

/**
 * Windows of a day as minutes from midnight, {@code [start, end)} with {@code 0 <= start < end <= 1440}, and the
 * set operations the coverage check and the implied policy need. Pure, sorted and merged lists throughout.
 */
final class DayWindows {

    static final int DAY = 24 * 60;

    record Window(int start, int end) {

        int minutes() {
            return end - start;
        }

        String text() {
            return time(start) + "-" + time(end);
        }
    }

    private DayWindows() {}

    static String time(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The window of a promise on its day: ALWAYS is the whole day, HOURS start-end (end 00:00 is midnight). */
    static List<Window> of(AgreementDocument.Promise promise) {
        if (promise.cover() == Cover.ALWAYS) {
            return List.of(new Window(0, DAY));
        }
        if (promise.cover() == Cover.HOURS && promise.start() != null && promise.end() != null) {
            int start = minuteOf(promise.start());
            int end = promise.end().equals(LocalTime.MIDNIGHT) ? DAY : minuteOf(promise.end());
            return end > start ? List.of(new Window(start, end)) : List.of();
        }
        return List.of();
    }

    /** The union of the team's own promises of every service, per day type. */
    static Map<DayType, List<Window>> teamNeed(AgreementDocument document) {
        Map<DayType, List<Window>> need = new EnumMap<>(DayType.class);
        for (DayType dayType : DayType.values()) {
            need.put(dayType, new ArrayList<>());
        }
        for (AgreementDocument.Service service : document.services()) {
            for (AgreementDocument.Promise promise : service.promises()) {
                need.get(promise.dayType()).addAll(of(promise));
            }
        }
        need.replaceAll((d, windows) -> union(windows));
        return need;
    }

    /** When the team is at work, per day type. */
    static Map<DayType, List<Window>> work(AgreementDocument document) {
        Map<DayType, List<Window>> work = new EnumMap<>(DayType.class);
        for (DayType dayType : DayType.values()) {
            work.put(dayType, new ArrayList<>());
        }
        for (AgreementDocument.WorkingHours hours : document.workingHoursOrDefault()) {
            int start = minuteOf(hours.start());
            int end = hours.end().equals(LocalTime.MIDNIGHT) ? DAY : minuteOf(hours.end());
            if (end > start) {
                hours.dayTypes().forEach(d -> work.get(d).add(new Window(start, end)));
            }
        }
        work.replaceAll((d, windows) -> union(windows));
        return work;
    }

    static List<Window> union(List<Window> windows) {
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(Window::start));
        List<Window> result = new ArrayList<>();
        for (Window w : sorted) {
            if (w.minutes() <= 0) {
                continue;
            }
            if (!result.isEmpty() && result.get(result.size() - 1).end() >= w.start()) {
                Window last = result.remove(result.size() - 1);
                result.add(new Window(last.start(), Math.max(last.end(), w.end())));
            } else {
                result.add(w);
            }
        }
        return result;
    }

    static List<Window> minus(List<Window> from, List<Window> taken) {
        List<Window> result = new ArrayList<>();
        List<Window> cut = union(taken);
        for (Window w : union(from)) {
            int cursor = w.start();
            for (Window t : cut) {
                if (t.end() <= cursor || t.start() >= w.end()) {
                    continue;
                }
                if (t.start() > cursor) {
                    result.add(new Window(cursor, t.start()));
                }
                cursor = Math.max(cursor, t.end());
            }
            if (cursor < w.end()) {
                result.add(new Window(cursor, w.end()));
            }
        }
        return result;
    }

    static List<Window> intersect(List<Window> a, List<Window> b) {
        List<Window> result = new ArrayList<>();
        for (Window x : union(a)) {
            for (Window y : union(b)) {
                int start = Math.max(x.start(), y.start());
                int end = Math.min(x.end(), y.end());
                if (end > start) {
                    result.add(new Window(start, end));
                }
            }
        }
        return union(result);
    }

    static int minutes(List<Window> windows) {
        return windows.stream().mapToInt(Window::minutes).sum();
    }
}
