package org.standby.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.standby.common.InvalidFieldException;

/**
 * Reads a school's published calendar (iCalendar, RFC 5545) into the periods it describes, purely.
 *
 * <ul>
 * <li>All-day events (DTSTART as a DATE), one day or many, become periods of the kind their summary names
 * (see {@link SummaryMapping}). An all-day DTEND is exclusive: the period ends the day before. Without DTEND an
 * all-day event lasts one day; a DURATION counts whole days.</li>
 * <li>Timed events, with a TZID, in UTC or floating, are skipped: a period is made of whole days.</li>
 * <li>A recurring event (RRULE/RDATE) is skipped unless it is all-day and names a kind; then each occurrence in
 * the {@value #RECURRENCE_YEARS} years from its first becomes a period (EXDATEs honoured), at most
 * {@value #MAX_OCCURRENCES}.</li>
 * <li>Cancelled events, events without a summary and summaries that name no kind are skipped, with a reason.</li>
 * <li>Malformed input (a line that is no content line, a date that is no date, unbalanced BEGIN/END) is refused
 * as a whole with an {@link InvalidFieldException} on {@code body} naming the line and its text.</li>
 * </ul>
 * Folded lines, CRLF or LF line ends, a byte-order mark and non-ASCII text are handled.
 */
public final class IcsPeriodImporter {

    public static final int RECURRENCE_YEARS = 2;
    public static final int MAX_OCCURRENCES = 100;
    static final String FIELD = "body";

    /** NAME, then ;PARAM=VALUE[,VALUE] with quoted values allowed, then a colon. */
    private static final Pattern CONTENT_LINE = Pattern.compile(
            "[A-Za-z0-9-]+(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^;:,\"]*)(,(\"[^\"]*\"|[^;:,\"]*))*)*:");
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}");

    public ImportPlan plan(String text) {
        return plan(text, SummaryMapping.defaults());
    }

    public ImportPlan plan(String text, SummaryMapping mapping) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(FIELD, "is empty; send the school's calendar as text/calendar");
        }
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = document.split("\r\n|\n|\r", -1);
        List<Integer> eventLines = checkContentLines(lines);
        // iCal4j unfolds CRLF-folded lines only; calendars saved on Unix use LF, old Macs CR
        Calendar calendar = parse(String.join("\r\n", lines), lines);

        List<PeriodCandidate> created = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (int i = 0; i < events.size(); i++) {
            int line = i < eventLines.size() ? eventLines.get(i) : 0;
            read(events.get(i), line, mapping, created, skipped);
        }
        return new ImportPlan(withoutDuplicates(created, skipped), skipped);
    }

    private void read(VEvent event, int line, SummaryMapping mapping, List<PeriodCandidate> created,
            List<ImportPlan.Skipped> skipped) {
        String summary = text(event, Property.SUMMARY);
        String uid = text(event, Property.UID);
        Optional<DtStart<Temporal>> dtStart = event.getStartDate();
        String start = dtStart.map(IcsPeriodImporter::valueOf).orElse(null);
        boolean recurring = event.getProperty(Property.RRULE).isPresent()
                || event.getProperty(Property.RDATE).isPresent();
        Skip skip = reason -> skipped.add(new ImportPlan.Skipped(summary, uid, start, line, reason));

        if (summary == null || summary.isBlank()) {
            skip.because("no summary, so no period kind");
            return;
        }
        if ("CANCELLED".equalsIgnoreCase(text(event, Property.STATUS))) {
            skip.because("cancelled");
            return;
        }
        if (dtStart.isEmpty()) {
            skip.because("no start date (DTSTART)");
            return;
        }
        if (!isDate(dtStart.get())) {
            skip.because(recurring ? "timed event, not a period (recurring)" : "timed event, not a period");
            return;
        }
        Optional<SummaryMapping.Rule> rule = mapping.match(summary);
        if (rule.isEmpty()) {
            skip.because((recurring ? "recurring event whose" : "the") + " summary names no period kind "
                    + "(add a keyword with map=keyword:TERM|BREAK|SUMMER)");
            return;
        }
        if (rule.get().ignores()) {
            skip.because(rule.get().ignoreReason());
            return;
        }
        PeriodKind kind = rule.get().kind();
        if (!(dtStart.get().getDate() instanceof LocalDate first)) {
            skip.because("timed event, not a period");
            return;
        }
        Optional<LocalDate> last = lastDay(event, first, summary, line);
        if (last.isEmpty()) {
            skip.because("all-day start with a timed end; cannot tell which days it covers");
            return;
        }
        String name = summary.strip();
        if (!recurring) {
            created.add(new PeriodCandidate(name, kind, first, last.get(), uid, line));
            return;
        }
        LocalDate windowEnd = first.plusYears(RECURRENCE_YEARS);
        List<net.fortuna.ical4j.model.Period<LocalDate>> occurrences = occurrences(event, first, windowEnd, line);
        for (int i = 0; i < occurrences.size() && i < MAX_OCCURRENCES; i++) {
            net.fortuna.ical4j.model.Period<LocalDate> occurrence = occurrences.get(i);
            LocalDate end = occurrence.getEnd().isAfter(occurrence.getStart())
                    ? occurrence.getEnd().minusDays(1) : occurrence.getStart();
            created.add(new PeriodCandidate(name, kind, occurrence.getStart(), end, uid, line));
        }
        boolean more = occurrences.size() > MAX_OCCURRENCES
                || !occurrences(event, windowEnd.plusDays(1), windowEnd.plusYears(1), line).isEmpty();
        if (more) {
            skip.because("occurrences after " + (occurrences.size() > MAX_OCCURRENCES
                    ? occurrences.get(MAX_OCCURRENCES - 1).getStart() : windowEnd)
                    + " are not imported: a recurring event is expanded for " + RECURRENCE_YEARS
                    + " years (at most " + MAX_OCCURRENCES + " times)");
        }
    }

    @FunctionalInterface
    private interface Skip {
        void because(String reason);
    }

    /** The last day of an all-day event: DTEND minus one (exclusive), or the start when DTEND is missing. */
    private static Optional<LocalDate> lastDay(VEvent event, LocalDate first, String summary, int line) {
        Optional<DtEnd<Temporal>> dtEnd;
        try {
            dtEnd = event.getEndDate(true);
        } catch (RuntimeException e) {
            throw malformedEvent(line, summary, "its end cannot be read: " + e.getMessage());
        }
        if (dtEnd.isEmpty()) {
            return Optional.of(first);
        }
        Temporal end = dtEnd.get().getDate();
        if (!(end instanceof LocalDate endDate)) {
            return Optional.empty();
        }
        if (endDate.isBefore(first)) {
            throw malformedEvent(line, summary, "it ends (" + endDate + ") before it starts (" + first + ")");
        }
        // DTEND equal to DTSTART is a zero-length all-day event; calendars mean the one day
        return Optional.of(endDate.isAfter(first) ? endDate.minusDays(1) : first);
    }

    private static List<net.fortuna.ical4j.model.Period<LocalDate>> occurrences(VEvent event, LocalDate from,
            LocalDate to, int line) {
        try {
            java.util.Set<net.fortuna.ical4j.model.Period<LocalDate>> set =
                    event.calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(from, to));
            List<net.fortuna.ical4j.model.Period<LocalDate>> sorted = new ArrayList<>(set);
            sorted.sort(Comparator.comparing(net.fortuna.ical4j.model.Period::getStart));
            return sorted;
        } catch (RuntimeException e) {
            throw malformedEvent(line, text(event, Property.SUMMARY),
                    "its recurrence cannot be expanded: " + e.getMessage());
        }
    }

    /** Whether a DTSTART is a DATE (all day) rather than a DATE-TIME (timed, in a zone, UTC or floating). */
    private static boolean isDate(DateProperty<?> property) {
        Optional<Parameter> value = property.getParameter(Parameter.VALUE);
        if (value.isPresent()) {
            return value.get().getValue().equalsIgnoreCase("DATE");
        }
        if (property.getParameter(Parameter.TZID).isPresent()) {
            return false;
        }
        String raw = valueOf(property);
        return raw != null && DATE_VALUE.matcher(raw).matches();
    }

    private static List<PeriodCandidate> withoutDuplicates(List<PeriodCandidate> created,
            List<ImportPlan.Skipped> skipped) {
        Map<String, PeriodCandidate> seen = new HashMap<>();
        List<PeriodCandidate> result = new ArrayList<>();
        for (PeriodCandidate candidate : created) {
            String key = candidate.kind() + "|" + candidate.start() + "|" + candidate.end() + "|"
                    + candidate.name().toLowerCase(Locale.ROOT);
            PeriodCandidate earlier = seen.putIfAbsent(key, candidate);
            if (earlier == null) {
                result.add(candidate);
            } else if (earlier.line() != candidate.line()) {
                skipped.add(new ImportPlan.Skipped(candidate.name(), candidate.uid(), candidate.start().toString(),
                        candidate.line(), "same period as the event at line " + earlier.line()));
            }
        }
        result.sort(Comparator.comparing(PeriodCandidate::start).thenComparing(PeriodCandidate::end));
        return result;
    }

    /** Every logical (unfolded) line must be NAME[;PARAMS]:VALUE; answers the lines where VEVENTs begin. */
    private static List<Integer> checkContentLines(String[] lines) {
        List<Integer> eventLines = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.length; ) {
            int lineNo = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            i++;
            while (i < lines.length && !lines[i].isEmpty() && (lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t')) {
                logical.append(lines[i], 1, lines[i].length());
                i++;
            }
            String line = logical.toString();
            if (line.isBlank()) {
                continue;
            }
            if (first && !line.strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
                throw malformed(lineNo, lines[lineNo - 1], "a calendar starts with BEGIN:VCALENDAR");
            }
            first = false;
            if (!CONTENT_LINE.matcher(line).lookingAt()) {
                throw malformed(lineNo, lines[lineNo - 1], "not a content line of the form NAME;PARAM=VALUE:VALUE");
            }
            if (line.strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                eventLines.add(lineNo);
            }
        }
        return eventLines;
    }

    private static Calendar parse(String document, String[] lines) {
        try {
            return new CalendarBuilder().build(new StringReader(document));
        } catch (ParserException e) {
            int lineNo = e.getLineNo();
            String message = e.getMessage() == null ? "cannot be parsed"
                    : e.getMessage().replaceFirst("^Error at line \\d+:\\s*", "");
            if (lineNo >= 1 && lineNo <= lines.length && !lines[lineNo - 1].isEmpty()) {
                throw malformed(lineNo, lines[lineNo - 1], message);
            }
            throw new InvalidFieldException(FIELD, "line " + lineNo + " (end of the document): " + message);
        } catch (IOException | RuntimeException e) {
            throw new InvalidFieldException(FIELD, "is not a readable iCalendar document: " + e.getMessage());
        }
    }

    private static InvalidFieldException malformed(int lineNo, String line, String message) {
        String shown = line.length() > 120 ? line.substring(0, 117) + "..." : line;
        return new InvalidFieldException(FIELD, "line " + lineNo + " '" + shown + "': " + message);
    }

    private static InvalidFieldException malformedEvent(int line, String summary, String message) {
        return new InvalidFieldException(FIELD, "line " + line + ", event '" + summary + "': " + message);
    }

    private static String text(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A property's value as written; a date-time in a zone unknown to Java is shown without failing. */
    private static String valueOf(Property property) {
        try {
            return property.getValue();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
