package org.standby.agreement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standby.agreement.DayWindows.Window;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.agreement.dto.CostFigures;
import org.standby.agreement.dto.CostResponse;
import org.standby.agreement.dto.CoverageCheckResponse;
import org.standby.agreement.dto.FragilityResponse;
import org.standby.agreement.dto.OptionsResponse;
import org.standby.calendar.DayType;
import org.standby.policy.CompensationMode;
import org.standby.policy.ShiftTemplate;
import org.standby.time.Rounding;

/**
 * The leadership report as XHTML (so that openhtmltopdf can read it) with print styles and inline SVG charts. Pure:
 * the text depends only on the model.
 */
public final class ReportHtml {

    /** Everything the report says. */
    public record Model(
            String teamName,
            ZoneId zone,
            AgreementService.Resolved agreement,
            CoverageCheckResponse check,
            CostResponse cost,
            FragilityResponse fragility,
            OptionsResponse options,
            int maxHoursPerMonth) {}

    private static final Map<DayType, String> DAY_NAMES = new LinkedHashMap<>();
    private static final Map<DayType, String> COLOURS = new LinkedHashMap<>();

    static {
        DAY_NAMES.put(DayType.TERM, "School days");
        DAY_NAMES.put(DayType.BREAK, "Break days");
        DAY_NAMES.put(DayType.SUMMER, "Summer days");
        DAY_NAMES.put(DayType.WEEKEND, "Weekends");
        DAY_NAMES.put(DayType.PUBLIC_HOLIDAY, "Public holidays");
        COLOURS.put(DayType.TERM, "#4e79a7");
        COLOURS.put(DayType.BREAK, "#76b7b2");
        COLOURS.put(DayType.SUMMER, "#edc948");
        COLOURS.put(DayType.WEEKEND, "#f28e2b");
        COLOURS.put(DayType.PUBLIC_HOLIDAY, "#e15759");
    }

    private ReportHtml() {}

    public static String render(Model m) {
        StringBuilder h = new StringBuilder(32_000);
        AgreementService.Resolved a = m.agreement();
        h.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Coverage agreement - ")
                .append(esc(m.teamName()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        h.append("<header><h1>IT coverage agreement</h1><p class=\"sub\">")
                .append(esc(m.teamName()))
                .append(" &#183; ")
                .append(status(a))
                .append(" &#183; figures for ")
                .append(m.cost().from())
                .append(" to ")
                .append(m.cost().to())
                .append("</p></header>");
        summary(h, m);
        promise(h, m);
        cost(h, m);
        carriers(h, m);
        fragility(h, m);
        unplugged(h, m);
        options(h, m);
        signature(h, m);
        h.append("<p class=\"foot\">Made by Standby from the team's calendar, members and approved leave; rotas ")
                .append("planned by the what-if engine, stored nowhere. How the figures are computed: ")
                .append("docs/agreement.md.</p></body></html>");
        return h.toString();
    }

    private static String status(AgreementService.Resolved a) {
        if (a.number() == AgreementService.UNWRITTEN) {
            return "the unwritten promise (no version yet)";
        }
        String text = "version " + a.number() + ", " + a.status().name().toLowerCase(Locale.ROOT);
        if (a.signedAt() != null) {
            text += " by " + esc(a.signedBy()) + " on "
                    + DateTimeFormatter.ISO_LOCAL_DATE.format(a.signedAt().atZone(ZoneId.of("UTC")));
        }
        return text;
    }

    private static void summary(StringBuilder h, Model m) {
        CostFigures year = m.cost().perYear();
        FragilityResponse f = m.fragility();
        int n = f.rows().size();
        h.append("<section class=\"summary\"><h2>In short</h2><ul>");
        h.append("<li>We promise ")
                .append(m.agreement().document().services().size())
                .append(" services; ")
                .append("outside working hours that means about <b>")
                .append(num(year.standbyHours(), 0))
                .append(" hours on call a year</b>, carried by ")
                .append(n)
                .append(" people.</li>");
        h.append("<li>It costs about ")
                .append(compensation(m, year))
                .append(" a year, and ")
                .append(num(year.calloutHours(), 0))
                .append(" hours of call-out work. ")
                .append(pct(year.weekendShare() + year.publicHolidayShare()))
                .append(" of the on-call hours fall on weekends and public holidays, ")
                .append(pct(year.summerShare()))
                .append(" in summer.</li>");
        if (f.breaksAt() == null) {
            h.append("<li>The promise holds with up to ")
                    .append(n - 1)
                    .append(" of ")
                    .append(n)
                    .append(" people away.</li>");
        } else if (f.breaksAt() == 0) {
            h.append("<li><b>The promise cannot be kept even with everybody at work</b>: ")
                    .append(num(f.rows().get(0).uncoveredHours(), 0))
                    .append(" promised hours stay uncovered.</li>");
        } else {
            FragilityResponse.Row row = f.rows().get(f.breaksAt());
            h.append("<li><b>The promise breaks when ")
                    .append(f.breaksAt())
                    .append(" of ")
                    .append(n)
                    .append(" people are away</b> (")
                    .append(f.awayFrom())
                    .append(" to ")
                    .append(f.awayTo())
                    .append("): ")
                    .append(num(row.uncoveredHours(), 0))
                    .append(" promised hours uncovered.</li>");
        }
        h.append("</ul></section>");
    }

    private static String compensation(Model m, CostFigures f) {
        List<String> parts = new ArrayList<>();
        if (f.timeOffHours() > 0 || m.cost().mode() == CompensationMode.TIME_OFF) {
            parts.add("<b>" + num(f.timeOffHours(), 0) + " hours of time off</b> (about "
                    + num(f.timeOffHours() / 40, 1) + " working weeks)");
        }
        if (f.money() > 0 || m.cost().mode() == CompensationMode.PAY) {
            parts.add("<b>" + num(f.money(), 0) + " in pay</b>");
        }
        return String.join(" and ", parts);
    }

    private static void promise(StringBuilder h, Model m) {
        AgreementDocument d = m.agreement().document();
        h.append("<section><h2>1. What we promise</h2><p>Each service, what the team promises on each kind of day ")
                .append("and how fast somebody starts working on it. \"Vendor\" means the vendor's contract covers ")
                .append("it, \"best effort\" that nobody is on call for it.</p><table><thead><tr><th>Service</th>")
                .append("<th>Tier</th>");
        DAY_NAMES.values().forEach(n -> h.append("<th>").append(n).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (AgreementDocument.Service s : d.services()) {
            h.append("<tr><td><b>").append(esc(s.name())).append("</b>");
            if (s.owner() != null) {
                h.append("<br/><span class=\"small\">owner ")
                        .append(esc(s.owner()))
                        .append("</span>");
            }
            if (s.vendor() != null) {
                h.append("<br/><span class=\"small\">vendor ")
                        .append(esc(s.vendor()))
                        .append("</span>");
            }
            h.append("</td><td>")
                    .append(s.tier().name().toLowerCase(Locale.ROOT))
                    .append("</td>");
            for (DayType dayType : DAY_NAMES.keySet()) {
                AgreementDocument.Promise p = s.promises().stream()
                        .filter(x -> x.dayType() == dayType)
                        .findFirst()
                        .orElse(null);
                h.append("<td>").append(p == null ? "-" : promiseText(p)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        h.append("<p>The bars show one day of each kind, midnight to midnight: what the team promises (blue), when ")
                .append("it is at work anyway (grey) and when somebody is on call under this agreement (orange).</p>");
        h.append(dayChart(m));
        CoverageCheckResponse check = m.check();
        h.append("<p>Checked day by day against the team's shifts from ")
                .append(check.from())
                .append(" to ")
                .append(check.to())
                .append(": ");
        if (check.findings().isEmpty()) {
            h.append("every promised hour is covered by working hours or somebody on call, and nobody is on call ")
                    .append("when nothing is promised.</p>");
        } else {
            h.append(num(check.gapHours(), 0))
                    .append(" promised hours have nobody, ")
                    .append(num(check.unneededHours(), 0))
                    .append(" on-call hours are promised to nobody.</p><ul>");
            check.findings().stream()
                    .limit(8)
                    .forEach(f -> h.append("<li>")
                            .append(
                                    f.kind() == CoverageCheck.Kind.GAP
                                            ? "Not covered: " + esc(String.join(", ", f.services()))
                                            : "On call for nothing")
                            .append(", ")
                            .append(DAY_NAMES.get(f.dayType()).toLowerCase(Locale.ROOT))
                            .append(" ")
                            .append(f.start())
                            .append("-")
                            .append(f.end())
                            .append(" (")
                            .append(f.dates())
                            .append(" days from ")
                            .append(f.firstDate())
                            .append(" to ")
                            .append(f.lastDate())
                            .append(", ")
                            .append(num(f.hours(), 0))
                            .append(" h)</li>"));
            h.append("</ul>");
        }
        h.append("</section>");
    }

    private static String promiseText(AgreementDocument.Promise p) {
        String cover = switch (p.cover()) {
            case ALWAYS -> "24 h";
            case HOURS ->
                DayWindows.of(p).isEmpty() ? "-" : DayWindows.of(p).get(0).text();
            case BEST_EFFORT -> "best effort";
            case VENDOR -> "vendor";
            case NONE -> "none";
        };
        if (p.responseMinutes() != null && p.cover().teamPromise()) {
            cover += "<br/><span class=\"small\">within " + duration(p.responseMinutes()) + "</span>";
        }
        return cover;
    }

    private static String duration(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }

    /** One 24-hour bar per day type: promised, working hours, on call. */
    private static String dayChart(Model m) {
        Map<DayType, List<Window>> need = DayWindows.teamNeed(m.agreement().document());
        Map<DayType, List<Window>> work = DayWindows.work(m.agreement().document());
        int left = 110;
        int width = 560;
        int row = 34;
        StringBuilder s = new StringBuilder();
        int height = 30 + row * DAY_NAMES.size();
        s.append(svgOpen(left + width + 20, height));
        for (int hour = 0; hour <= 24; hour += 3) {
            int x = left + width * hour / 24;
            s.append(line(x, 14, x, height - 4, "#ccc"))
                    .append(text(x, 11, String.format(Locale.ROOT, "%02d:00", hour), "middle", 9));
        }
        int y = 20;
        for (Map.Entry<DayType, String> day : DAY_NAMES.entrySet()) {
            s.append(text(left - 6, y + 17, day.getValue(), "end", 10));
            for (Window w : need.get(day.getKey())) {
                s.append(rect(left + width * w.start() / 1440.0, y, width * w.minutes() / 1440.0, 9, "#4e79a7"));
            }
            for (Window w : work.get(day.getKey())) {
                s.append(rect(left + width * w.start() / 1440.0, y + 10, width * w.minutes() / 1440.0, 9, "#bbb"));
            }
            for (Window w : onCall(m, day.getKey())) {
                s.append(rect(left + width * w.start() / 1440.0, y + 20, width * w.minutes() / 1440.0, 9, "#f28e2b"));
            }
            y += row;
        }
        return s.append("</svg>").toString();
    }

    /** The hours of a day of this type in which a shift of the implied policy runs (its own or the evening's). */
    private static List<Window> onCall(Model m, DayType dayType) {
        List<Window> windows = new ArrayList<>();
        for (ShiftTemplate t : m.agreement().implied().shifts()) {
            int start = DayWindows.minuteOf(t.start());
            int end = DayWindows.minuteOf(t.end()) + (t.endsNextDay() ? 1440 : 0);
            if (t.dayTypes().contains(dayType)) {
                windows.add(new Window(start, Math.min(end, 1440)));
                if (end > 1440) {
                    windows.add(new Window(0, end - 1440)); // the same shift from the evening before
                }
            }
        }
        return DayWindows.union(windows);
    }

    private static void cost(StringBuilder h, Model m) {
        CostResponse c = m.cost();
        CostFigures year = c.perYear();
        h.append("<section><h2>2. What it costs</h2><p>For a year (the figures of ")
                .append(c.from())
                .append(" to ")
                .append(c.to())
                .append(" scaled to 365 days): <b>")
                .append(num(year.standbyHours(), 0))
                .append(" hours on call</b>, ")
                .append(num(year.calloutHours(), 0))
                .append(" hours of call-out work ")
                .append("(assumed: ")
                .append(num(c.assumptions().calloutsPerMonth(), 1))
                .append(" call-outs a month of ")
                .append(c.assumptions().calloutMinutes())
                .append(" minutes), and ")
                .append(compensation(m, year))
                .append(" under the compensation rules. Time off taken in lieu is time the team is not at work.</p>");
        h.append("<table class=\"num\"><thead><tr><th>Month</th><th>On call (h)</th><th>Weekends and holidays</th>")
                .append("<th>Call-outs (h)</th><th>Time off earned (h)</th><th>Pay</th></tr></thead><tbody>");
        for (CostResponse.Month month : c.months()) {
            figuresRow(h, "", month.month(), month.figures());
        }
        figuresRow(h, " class=\"total\"", "Total", c.total());
        h.append("</tbody></table>");
        h.append(monthChart(c));
        h.append("</section>");
    }

    /** One row of a cost table: its label (HTML), then hours, weekend and holiday share, call-outs, time off, pay. */
    private static void figuresRow(StringBuilder h, String rowAttributes, String label, CostFigures f) {
        h.append("<tr")
                .append(rowAttributes)
                .append("><td>")
                .append(label)
                .append("</td><td>")
                .append(num(f.standbyHours(), 0))
                .append("</td><td>")
                .append(pct(f.weekendShare() + f.publicHolidayShare()))
                .append("</td><td>")
                .append(num(f.calloutHours(), 1))
                .append("</td><td>")
                .append(num(f.timeOffHours(), 1))
                .append("</td><td>")
                .append(num(f.money(), 0))
                .append("</td></tr>");
    }

    /** Stacked bars: on-call hours per month by kind of day. */
    private static String monthChart(CostResponse c) {
        int left = 50;
        int barWidth = 46;
        int gap = 14;
        int height = 180;
        double max = c.months().stream()
                .mapToDouble(x -> x.figures().standbyHours())
                .max()
                .orElse(1);
        max = Math.max(max, 1);
        int width = left + c.months().size() * (barWidth + gap) + 150;
        StringBuilder s = new StringBuilder(svgOpen(width, height + 40));
        s.append(line(left, 10, left, height + 10, "#999")).append(text(left - 4, 16, num(max, 0) + " h", "end", 9));
        int x = left + gap;
        for (CostResponse.Month month : c.months()) {
            double y = height + 10;
            for (DayType dayType : DAY_NAMES.keySet()) {
                double hours = month.figures().hoursByDayType().getOrDefault(dayType, 0.0);
                double bar = hours / max * (height - 10);
                y -= bar;
                s.append(rect(x, y, barWidth, bar, COLOURS.get(dayType)));
            }
            s.append(text(x + barWidth / 2.0, height + 24, month.month(), "middle", 9));
            x += barWidth + gap;
        }
        legend(s, x + 10, 20);
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, int x, int y) {
        for (Map.Entry<DayType, String> day : DAY_NAMES.entrySet()) {
            s.append(rect(x, y - 8, 10, 10, COLOURS.get(day.getKey())))
                    .append(text(x + 14, y, day.getValue(), "start", 9));
            y += 16;
        }
    }

    private static void carriers(StringBuilder h, Model m) {
        List<CostResponse.Member> members = m.cost().members();
        h.append("<section><h2>3. Who carries it</h2><p>Each person's hours on call over the figures' range, by ")
                .append("kind of day, and what they earn for it. The team's limit is ")
                .append(m.maxHoursPerMonth())
                .append(" hours on call a month for a full-time person.</p>");
        int left = 150;
        int width = 420;
        int row = 24;
        double max = Math.max(
                1,
                members.stream()
                        .mapToDouble(x -> x.figures().standbyHours())
                        .max()
                        .orElse(1));
        StringBuilder s = new StringBuilder(svgOpen(left + width + 80, 10 + row * Math.max(1, members.size())));
        int y = 6;
        for (CostResponse.Member member : members) {
            s.append(text(left - 6, y + 13, member.name(), "end", 10));
            double x = left;
            for (DayType dayType : DAY_NAMES.keySet()) {
                double w = member.figures().hoursByDayType().getOrDefault(dayType, 0.0) / max * width;
                s.append(rect(x, y, w, 16, COLOURS.get(dayType)));
                x += w;
            }
            s.append(text(x + 4, y + 13, num(member.figures().standbyHours(), 0) + " h", "start", 9));
            y += row;
        }
        h.append(s).append("</svg>");
        h.append("<table class=\"num\"><thead><tr><th>Person</th><th>On call (h)</th><th>Weekends and holidays</th>")
                .append("<th>Call-outs (h)</th><th>Time off earned (h)</th><th>Pay</th></tr></thead><tbody>");
        for (CostResponse.Member member : members) {
            figuresRow(h, "", esc(member.name()), member.figures());
        }
        h.append("</tbody></table></section>");
    }

    private static void fragility(StringBuilder h, Model m) {
        FragilityResponse f = m.fragility();
        h.append("<section class=\"break\"><h2>4. Where it breaks</h2><p>What happens when people are away (ill, ")
                .append("on leave) from ")
                .append(f.awayFrom())
                .append(" to ")
                .append(f.awayTo())
                .append(", the people with the most hours first. Uncovered hours are promised hours with nobody ")
                .append("on call, because the remaining people may not work more without breaking the rest rules.</p>");
        List<String> months = new ArrayList<>();
        f.rows().get(0).months().forEach(x -> months.add(x.month()));
        h.append("<table class=\"num\"><thead><tr><th>Away</th>");
        months.forEach(x -> h.append("<th>").append(x).append("<br/>uncovered h</th>"));
        h.append("<th>Total uncovered</th><th>Over the load limits</th></tr></thead><tbody>");
        for (FragilityResponse.Row row : f.rows()) {
            h.append("<tr")
                    .append(row.promiseKept() ? "" : " class=\"bad\"")
                    .append("><td>")
                    .append(row.away())
                    .append(
                            row.awayMembers().isEmpty()
                                    ? " (everybody at work)"
                                    : "<br/><span class=\"small\">" + esc(String.join(", ", row.awayMembers()))
                                            + "</span>")
                    .append("</td>");
            row.months()
                    .forEach(x ->
                            h.append("<td>").append(num(x.uncoveredHours(), 0)).append("</td>"));
            List<String> over = overLimits(row.thresholdBreaches());
            h.append("<td><b>")
                    .append(num(row.uncoveredHours(), 0))
                    .append("</b> of ")
                    .append(num(row.promisedHours(), 0))
                    .append("</td><td class=\"text\">")
                    .append(over.isEmpty() ? "nobody" : esc(String.join("; ", over)))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append(fragilityChart(f));
        h.append("</section>");
    }

    /** "Dev Raman: hours 3 months, weekends 2 months", one entry per member. */
    static List<String> overLimits(List<FragilityResponse.Breach> breaches) {
        Map<String, Map<String, java.util.Set<String>>> byMember = new LinkedHashMap<>();
        for (FragilityResponse.Breach b : breaches) {
            String kind = switch (b.kind()) {
                case "HOURS_PER_MONTH" -> "hours";
                case "WEEKENDS_PER_MONTH" -> "weekends";
                case "NIGHTS_IN_A_ROW" -> "nights in a row";
                default -> b.kind().toLowerCase(Locale.ROOT);
            };
            byMember.computeIfAbsent(b.name(), n -> new LinkedHashMap<>())
                    .computeIfAbsent(kind, k -> new java.util.TreeSet<>())
                    .add(b.month());
        }
        List<String> result = new ArrayList<>();
        byMember.forEach((name, kinds) -> {
            List<String> parts = new ArrayList<>();
            kinds.forEach((kind, months) ->
                    parts.add(kind + " in " + months.size() + (months.size() == 1 ? " month" : " months")));
            result.add(name + ": " + String.join(", ", parts));
        });
        return result;
    }

    private static String fragilityChart(FragilityResponse f) {
        int left = 150;
        int width = 420;
        int row = 24;
        double max = Math.max(
                1,
                f.rows().stream()
                        .mapToDouble(FragilityResponse.Row::promisedHours)
                        .max()
                        .orElse(1));
        StringBuilder s = new StringBuilder(
                svgOpen(left + width + 120, 10 + row * f.rows().size()));
        int y = 6;
        for (FragilityResponse.Row r : f.rows()) {
            s.append(text(left - 6, y + 13, r.away() + " away", "end", 10));
            double covered = (r.promisedHours() - r.uncoveredHours()) / max * width;
            s.append(rect(left, y, covered, 16, "#59a14f"));
            s.append(rect(left + covered, y, r.uncoveredHours() / max * width, 16, "#e15759"));
            s.append(text(
                    left + r.promisedHours() / max * width + 4,
                    y + 13,
                    r.uncoveredHours() == 0 ? "kept" : num(r.uncoveredHours(), 0) + " h uncovered",
                    "start",
                    9));
            y += row;
        }
        return s.append("</svg>").toString();
    }

    private static void unplugged(StringBuilder h, Model m) {
        AgreementDocument.Unplugged rules = m.agreement().document().unpluggedOrDefault();
        List<org.standby.load.dto.LoadResponse.UnpluggedGap> gaps = m.cost().unplugged();
        h.append("<section><h2>5. Rest</h2><p>Every person gets at least <b>")
                .append(rules.freeWeekendsPerMonth())
                .append(" weekends a month</b> without on-call duty");
        if (rules.freeWeekInEveryBreak()) {
            h.append(", and <b>one whole week without on-call duty in every break and in summer</b>");
        }
        h.append(". ");
        if (gaps.isEmpty()) {
            h.append("With the whole team at work, the rota keeps these rules.</p>");
        } else {
            h.append("With the whole team at work, the rota cannot keep them here:</p><ul>");
            gaps.forEach(g -> h.append("<li>")
                    .append(esc(g.name()))
                    .append(", ")
                    .append(g.period())
                    .append(": ")
                    .append(
                            "FREE_WEEKENDS".equals(g.kind())
                                    ? g.free() + " free weekends of " + g.required()
                                    : "no free week")
                    .append("</li>"));
            h.append("</ul>");
        }
        h.append("</section>");
    }

    private static void options(StringBuilder h, Model m) {
        OptionsResponse o = m.options();
        h.append("<section class=\"break\"><h2>6. Options</h2><p>Each option planned like the agreement; \"one ")
                .append("away\" is the person with the most hours away for the whole range.</p>")
                .append("<table class=\"num\"><thead><tr><th>Option</th><th>On call (h)</th><th>Time off (h)</th>")
                .append("<th>Pay</th><th>Uncovered (h)</th><th>Uncovered, one away (h)</th><th>Over the load ")
                .append("limits</th></tr></thead><tbody>");
        List<OptionsResponse.Effect> all = new ArrayList<>();
        all.add(o.baseline());
        all.addAll(o.options());
        for (OptionsResponse.Effect e : all) {
            h.append("<tr")
                    .append(e == o.baseline() ? " class=\"total\"" : "")
                    .append("><td class=\"text\">")
                    .append(esc(e.label()))
                    .append("</td><td>")
                    .append(num(e.cost().standbyHours(), 0))
                    .append("</td><td>")
                    .append(num(e.cost().timeOffHours(), 0))
                    .append("</td><td>")
                    .append(num(e.cost().money(), 0))
                    .append("</td><td>")
                    .append(num(e.uncoveredHours(), 0))
                    .append("</td><td>")
                    .append(num(e.uncoveredHoursOneAway(), 0))
                    .append("</td><td class=\"text\">")
                    .append(
                            e.membersOverThresholds().isEmpty()
                                    ? "nobody"
                                    : esc(String.join(", ", e.membersOverThresholds())))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void signature(StringBuilder h, Model m) {
        AgreementService.Resolved a = m.agreement();
        h.append("<section class=\"sign\"><h2>Decision</h2><p>Leadership agrees to this promise and its cost, or ")
                .append("chooses one of the options. Until it is signed, the team promises only what it can keep.</p>");
        if (a.signedAt() != null) {
            h.append("<p>Signed for leadership by <b>")
                    .append(esc(a.signedBy()))
                    .append("</b> on ")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(a.signedAt().atZone(m.zone())))
                    .append(a.signedNote() == null ? "" : ": " + esc(a.signedNote()))
                    .append("</p>");
        } else {
            h.append("<table class=\"lines\"><tr><td>Name and role</td><td>Date</td><td>Signature</td></tr></table>");
        }
        h.append("</section>");
    }

    private static String svgOpen(double width, double height) {
        return String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                        + "viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\">",
                width,
                height,
                width,
                height);
    }

    private static String rect(double x, double y, double w, double height, String fill) {
        return w <= 0 || height <= 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x,
                        y,
                        w,
                        height,
                        fill);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" " + "stroke-width=\"1\"/>",
                x1,
                y1,
                x2,
                y2,
                stroke);
    }

    private static String text(double x, double y, String value, String anchor, int size) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" " + "fill=\"#333\">%s</text>",
                x,
                y,
                anchor,
                size,
                esc(value));
    }

    static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", Rounding.to(value, decimals));
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
            body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #222; max-width: 190mm;
              margin: 0 auto; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 0 0 2pt 0; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #4e79a7; padding-bottom: 2pt; }
            .sub { color: #555; margin: 0 0 8pt 0; }
            .summary { background: #f3f6fa; border-left: 4px solid #4e79a7; padding: 4pt 10pt; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9pt; }
            th, td { border-bottom: 1px solid #ddd; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eef1f5; }
            table.num td { text-align: right; }
            table.num td:first-child, table.num td.text { text-align: left; }
            tr.total td { font-weight: bold; border-top: 1px solid #999; }
            tr.bad td { background: #fdecec; }
            .small { font-size: 8pt; color: #666; }
            svg { display: block; margin: 6pt 0; }
            .foot { font-size: 8pt; color: #777; margin-top: 16pt; }
            table.lines td { height: 36pt; border-bottom: 1px solid #333; width: 33%; vertical-align: bottom;
              color: #777; font-size: 8pt; }
            @media print { section { page-break-inside: avoid; } .break { page-break-before: auto; } }
            """;
}
