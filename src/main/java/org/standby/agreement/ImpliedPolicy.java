package org.standby.agreement;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standby.agreement.DayWindows.Window;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.ShiftTemplate;
import org.standby.policy.UnpluggedRules;

/**
 * The coverage policy an agreement implies: its policy's shifts, each kept only for the day types on which some
 * service's promise by the team (ALWAYS or HOURS, outside working hours) needs it, and clipped to the hours that
 * are needed. Pure.
 *
 * <p>For a template on day type D, the need is the promised hours of D minus D's working hours, on the shift's own
 * date and (for a shift into the next morning) the same again on the next date: a promise is made per day type,
 * and the morning after a TERM evening is judged by the TERM promise. The template keeps D when its hours meet the
 * need and is clipped to the first and last needed minute; a clipped window that would start on the next date keeps
 * the template's own times. Day types whose clipped times differ become templates of their own, named
 * {@code "<name> (<DAY TYPES>)"}. Rules and compensation are the policy's; the unplugged rules are the
 * agreement's.
 */
public final class ImpliedPolicy {

    private ImpliedPolicy() {}

    public static CoveragePolicy of(CoveragePolicy policy, AgreementDocument document) {
        Map<DayType, List<Window>> need = DayWindows.teamNeed(document);
        Map<DayType, List<Window>> work = DayWindows.work(document);
        List<ShiftTemplate> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        policy.shifts().forEach(t -> names.add(t.name()));
        for (ShiftTemplate template : policy.shifts()) {
            int start = DayWindows.minuteOf(template.start());
            int end = DayWindows.minuteOf(template.end()) + (template.endsNextDay() ? DayWindows.DAY : 0);
            List<Window> span = List.of(new Window(start, end));
            Map<Window, Set<DayType>> byWindow = new LinkedHashMap<>();
            for (DayType dayType : template.dayTypes().stream().sorted().toList()) {
                List<Window> needed = new ArrayList<>();
                for (Window w : DayWindows.minus(need.get(dayType), work.get(dayType))) {
                    needed.add(w);
                    needed.add(new Window(w.start() + DayWindows.DAY, w.end() + DayWindows.DAY));
                }
                List<Window> met = DayWindows.intersect(span, needed);
                if (met.isEmpty()) {
                    continue;
                }
                Window clipped =
                        new Window(met.get(0).start(), met.get(met.size() - 1).end());
                if (clipped.start() >= DayWindows.DAY) {
                    clipped = new Window(start, end);
                }
                byWindow.computeIfAbsent(clipped, w -> new LinkedHashSet<>()).add(dayType);
            }
            boolean first = true;
            for (Map.Entry<Window, Set<DayType>> entry : byWindow.entrySet()) {
                String name = template.name();
                if (!first) {
                    name = template.name() + " ("
                            + String.join(
                                    ", ",
                                    entry.getValue().stream().map(Enum::name).toList()) + ")";
                    while (!names.add(name)) {
                        name = name + "'";
                    }
                }
                first = false;
                Window w = entry.getKey();
                result.add(new ShiftTemplate(
                        name,
                        entry.getValue(),
                        timeOf(w.start()),
                        timeOf(w.end()),
                        template.weight(),
                        template.headcount()));
            }
        }
        AgreementDocument.Unplugged unplugged = document.unpluggedOrDefault();
        return new CoveragePolicy(
                result,
                policy.rules(),
                policy.compensation(),
                new UnpluggedRules(unplugged.freeWeekendsPerMonth(), unplugged.freeWeekInEveryBreak()));
    }

    private static LocalTime timeOf(int minute) {
        int m = minute % DayWindows.DAY;
        return LocalTime.of(m / 60, m % 60);
    }
}
