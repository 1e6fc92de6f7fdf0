package org.standby.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.standby.common.InvalidFieldException;
import org.standby.common.TooLargeException;

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
 * <li>An edited occurrence (an event with a RECURRENCE-ID, as Google exports them) replaces the occurrence of its
 * series; contiguous occurrences of one series (touching, or apart only by a weekend) are one period.</li>
 * </ul>
 * Folded lines, CRLF or LF line ends, a byte-order mark and non-ASCII text are handled.
 *
 * <p>Bounded: the file's VTIMEZONE definitions are never handed to iCal4j (a period is made of whole days, and
 * building a zone computes its onsets, which an unbounded MINUTELY rule turns into an endless expansion); at most
 * {@value #MAX_EVENTS} events and {@value #MAX_PERIODS} periods; an all-day series may repeat daily at most often;
 * reading stops after {@link #TIME_BUDGET} of processor time. Exceeding a bound is a {@link TooLargeException} naming it.
 */
public final class IcsPeriodImporter {

    public static final int RECURRENCE_YEARS = 2;
    public static final int MAX_OCCURRENCES = 100;
    /** The most VEVENTs a calendar may hold; a school's year has a few hundred at most. */
    public static final int MAX_EVENTS = 2_000;
    /** The most periods one import may create, after expanding recurring events. */
    public static final int MAX_PERIODS = 2_000;
    /** The most processor time reading a calendar may take; the bounds above keep real calendars far below it. */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(10);

    static final String FIELD = "body";
    /** How a VTIMEZONE's lines are handed to iCal4j: as a harmless property, so that line numbers stay the file's. */
    private static final String DROPPED_LINE = "X-STANDBY-DROPPED-VTIMEZONE:";
    /** The properties whose values are dates or date-times, checked strictly (20270229 is no date). */
    private static final Pattern DATE_PROPERTY =
            Pattern.compile("(?i)(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)[;:].*");

    private static final Pattern DATE_PART = Pattern.compile("(\\d{8})(T(\\d{2})(\\d{2})(\\d{2})Z?)?(/.*)?");
    private static final Pattern UNTIL_PART = Pattern.compile("(?i)(?:^|;)UNTIL=([^;]*)");
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** NAME, then ;PARAM=VALUE[,VALUE] with quoted values allowed, then a colon. */
    private static final Pattern CONTENT_LINE =
            Pattern.compile("[A-Za-z0-9-]+(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^;:,\"]*)(,(\"[^\"]*\"|[^;:,\"]*))*)*:");

    private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}");

    public ImportPlan plan(String text) {
        return plan(text, SummaryMapping.defaults());
    }

    public ImportPlan plan(String text, SummaryMapping mapping) {
        long deadline = cpuTime() + TIME_BUDGET.toNanos();
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(FIELD, "is empty; send the school's calendar as text/calendar");
        }
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = document.split("\r\n|\n|\r", -1);
        String[] forParser = lines.clone();
        List<Integer> eventLines = checkContentLines(lines, forParser, deadline);
        // iCal4j unfolds CRLF-folded lines only; calendars saved on Unix use LF, old Macs CR
        Calendar calendar = parse(String.join("\r\n", forParser), lines);
        checkTime(deadline);

        List<PeriodCandidate> created = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, Set<LocalDate>> overridden = overriddenOccurrences(events);
        for (int i = 0; i < events.size(); i++) {
            checkTime(deadline);
            int line = i < eventLines.size() ? eventLines.get(i) : 0;
            VEvent event = events.get(i);
            String uid = text(event, Property.UID);
            read(
                    event,
                    line,
                    mapping,
                    created,
                    skipped,
                    uid == null ? Set.of() : overridden.getOrDefault(uid, Set.of()));
            if (created.size() > MAX_PERIODS) {
                throw new TooLargeException(
                        FIELD,
                        "would create more than " + MAX_PERIODS
                                + " periods (line " + line + " and before); Standby imports at most " + MAX_PERIODS
                                + " at once: split the calendar");
            }
        }
        return new ImportPlan(withoutDuplicates(created, skipped), skipped);
    }

    /**
     * The processor time this thread has used, so that the budget bounds the work of one import and not the
     * wait for a busy machine; wall time where the JVM cannot measure it.
     */
    private static long cpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void checkTime(long deadline) {
        if (cpuTime() - deadline > 0) {
            throw new TooLargeException(
                    FIELD,
                    "could not be read within " + TIME_BUDGET.toSeconds()
                            + " s of processor time, the most an import may take; nothing was imported: split the calendar");
        }
    }

    /** Per UID, the dates of the occurrences that an edited occurrence (RECURRENCE-ID) replaces. */
    private static Map<String, Set<LocalDate>> overriddenOccurrences(List<VEvent> events) {
        Map<String, Set<LocalDate>> overridden = new HashMap<>();
        for (VEvent event : events) {
            String uid = text(event, Property.UID);
            String recurrenceId = text(event, Property.RECURRENCE_ID);
            if (uid == null || recurrenceId == null || recurrenceId.length() < 8) {
                continue;
            }
            try {
                overridden
                        .computeIfAbsent(uid, u -> new HashSet<>())
                        .add(LocalDate.parse(recurrenceId.substring(0, 8), BASIC_DATE));
            } catch (DateTimeParseException e) {
                // checked with its line in checkContentLines; nothing to replace
            }
        }
        return overridden;
    }

    private void read(
            VEvent event,
            int line,
            SummaryMapping mapping,
            List<PeriodCandidate> created,
            List<ImportPlan.Skipped> skipped,
            Set<LocalDate> overridden) {
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
        Optional<String> tooOften = tooOften(event);
        if (tooOften.isPresent()) {
            skip.because(tooOften.get());
            return;
        }
        LocalDate windowEnd = first.plusYears(RECURRENCE_YEARS);
        // one expansion from the first occurrence, a year past the window: COUNT and UNTIL count from the start,
        // and whatever lies beyond the window tells whether anything was left out
        List<net.fortuna.ical4j.model.Period<LocalDate>> occurrences =
                occurrences(event, first, windowEnd.plusYears(1), line);
        List<LocalDate[]> days = new ArrayList<>();
        LocalDate lastTaken = null;
        boolean more = false;
        for (net.fortuna.ical4j.model.Period<LocalDate> occurrence : occurrences) {
            if (overridden.contains(occurrence.getStart())) {
                continue; // an edited occurrence in the file replaces it
            }
            if (occurrence.getStart().isAfter(windowEnd) || days.size() == MAX_OCCURRENCES) {
                more = true;
                break;
            }
            LocalDate end = occurrence.getEnd().isAfter(occurrence.getStart())
                    ? occurrence.getEnd().minusDays(1)
                    : occurrence.getStart();
            days.add(new LocalDate[] {occurrence.getStart(), end});
            lastTaken = occurrence.getStart();
        }
        for (LocalDate[] range : contiguous(days)) {
            created.add(new PeriodCandidate(name, kind, range[0], range[1], uid, line));
        }
        if (more) {
            skip.because("occurrences after " + (days.size() == MAX_OCCURRENCES ? lastTaken : windowEnd)
                    + " are not imported: a recurring event is expanded for " + RECURRENCE_YEARS
                    + " years (at most " + MAX_OCCURRENCES + " times)");
        }
    }

    /** Why an all-day series repeats too often to be periods (more often than daily, or at times of day). */
    private static Optional<String> tooOften(VEvent event) {
        for (Property property : event.getProperties(Property.RRULE)) {
            if (!(property instanceof RRule<?> rule)) {
                continue;
            }
            Frequency frequency = rule.getRecur().getFrequency();
            if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY || frequency == Frequency.HOURLY) {
                return Optional.of(
                        "an all-day event repeating more often than daily (FREQ=" + frequency + ") is no period");
            }
            if (!rule.getRecur().getHourList().isEmpty()
                    || !rule.getRecur().getMinuteList().isEmpty()
                    || !rule.getRecur().getSecondList().isEmpty()) {
                return Optional.of(
                        "an all-day event repeating at times of day (BYHOUR, BYMINUTE, BYSECOND) " + "is no period");
            }
        }
        return Optional.empty();
    }

    /**
     * Occurrences of one series as periods: an occurrence that starts the day after the previous one ends, or
     * after only a weekend (Saturday and Sunday are weekend days in any period), continues it.
     */
    static List<LocalDate[]> contiguous(List<LocalDate[]> ranges) {
        List<LocalDate[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing((LocalDate[] r) -> r[0]));
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] range : sorted) {
            LocalDate[] current = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (current != null && continues(current[1], range[0])) {
                if (range[1].isAfter(current[1])) {
                    current[1] = range[1];
                }
            } else {
                merged.add(new LocalDate[] {range[0], range[1]});
            }
        }
        return merged;
    }

    private static boolean continues(LocalDate end, LocalDate nextStart) {
        for (LocalDate day = end.plusDays(1); day.isBefore(nextStart); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return false;
            }
        }
        return true;
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

    private static List<net.fortuna.ical4j.model.Period<LocalDate>> occurrences(
            VEvent event, LocalDate from, LocalDate to, int line) {
        try {
            java.util.Set<net.fortuna.ical4j.model.Period<LocalDate>> set =
                    event.calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(from, to));
            List<net.fortuna.ical4j.model.Period<LocalDate>> sorted = new ArrayList<>(set);
            sorted.sort(Comparator.comparing(net.fortuna.ical4j.model.Period::getStart));
            return sorted;
        } catch (RuntimeException e) {
            throw malformedEvent(
                    line, text(event, Property.SUMMARY), "its recurrence cannot be expanded: " + e.getMessage());
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

    private static List<PeriodCandidate> withoutDuplicates(
            List<PeriodCandidate> created, List<ImportPlan.Skipped> skipped) {
        Map<String, PeriodCandidate> seen = new HashMap<>();
        List<PeriodCandidate> result = new ArrayList<>();
        for (PeriodCandidate candidate : created) {
            String key = candidate.kind() + "|" + candidate.start() + "|" + candidate.end() + "|"
                    + candidate.name().toLowerCase(Locale.ROOT);
            PeriodCandidate earlier = seen.putIfAbsent(key, candidate);
            if (earlier == null) {
                result.add(candidate);
            } else if (earlier.line() != candidate.line()) {
                skipped.add(new ImportPlan.Skipped(
                        candidate.name(),
                        candidate.uid(),
                        candidate.start().toString(),
                        candidate.line(),
                        "same period as the event at line " + earlier.line()));
            }
        }
        result.sort(Comparator.comparing(PeriodCandidate::start).thenComparing(PeriodCandidate::end));
        return result;
    }

    /**
     * Every logical (unfolded) line must be NAME[;PARAMS]:VALUE, and dates must be dates; answers the lines where
     * VEVENTs begin. Counts the events against {@link #MAX_EVENTS}, and blanks every VTIMEZONE in
     * {@code forParser} (same number of lines, so iCal4j's line numbers stay the file's).
     */
    private static List<Integer> checkContentLines(String[] lines, String[] forParser, long deadline) {
        List<Integer> eventLines = new ArrayList<>();
        boolean first = true;
        int zoneStart = 0;
        for (int i = 0; i < lines.length; ) {
            if ((i & 1023) == 0) {
                checkTime(deadline);
            }
            int lineNo = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            i++;
            while (i < lines.length
                    && !lines[i].isEmpty()
                    && (lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t')) {
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
            java.util.regex.Matcher contentLine = CONTENT_LINE.matcher(line);
            if (!contentLine.lookingAt()) {
                throw malformed(lineNo, lines[lineNo - 1], "not a content line of the form NAME;PARAM=VALUE:VALUE");
            }
            String stripped = line.strip();
            if (zoneStart == 0 && stripped.equalsIgnoreCase("BEGIN:VTIMEZONE")) {
                zoneStart = lineNo;
            }
            if (zoneStart != 0) {
                // the team's zone comes from the team; iCal4j would compute this definition's onsets
                for (int physical = lineNo - 1; physical < i; physical++) {
                    forParser[physical] = DROPPED_LINE;
                }
                if (stripped.equalsIgnoreCase("END:VTIMEZONE")) {
                    zoneStart = 0;
                }
                continue;
            }
            if (stripped.equalsIgnoreCase("BEGIN:VEVENT")) {
                eventLines.add(lineNo);
                if (eventLines.size() > MAX_EVENTS) {
                    throw new TooLargeException(
                            FIELD,
                            "holds more than " + MAX_EVENTS + " events (line " + lineNo + "); Standby imports at most "
                                    + MAX_EVENTS + " at once: split the calendar");
                }
            }
            checkDates(line, contentLine.end(), lineNo, lines[lineNo - 1]);
        }
        if (zoneStart != 0) {
            throw malformed(zoneStart, lines[zoneStart - 1], "BEGIN:VTIMEZONE has no END:VTIMEZONE");
        }
        return eventLines;
    }

    /** Dates in date properties and in an RRULE's UNTIL must be real days (20270229 is none) and times real. */
    private static void checkDates(String line, int valueStart, int lineNo, String physical) {
        String value = line.substring(valueStart);
        if (DATE_PROPERTY.matcher(line).matches()) {
            for (String part : value.split(",")) {
                checkDate(part.strip(), lineNo, physical);
            }
        } else if (line.regionMatches(true, 0, "RRULE", 0, 5) || line.regionMatches(true, 0, "EXRULE", 0, 6)) {
            java.util.regex.Matcher until = UNTIL_PART.matcher(value);
            if (until.find()) {
                checkDate(until.group(1).strip(), lineNo, physical);
            }
        }
    }

    private static void checkDate(String value, int lineNo, String physical) {
        java.util.regex.Matcher date = DATE_PART.matcher(value);
        if (!date.matches()) {
            return; // iCal4j refuses it with its line, or it is a value this importer does not read
        }
        try {
            LocalDate.parse(date.group(1), BASIC_DATE);
        } catch (DateTimeParseException e) {
            throw malformed(lineNo, physical, "'" + date.group(1) + "' is not a date (yyyyMMdd)");
        }
        if (date.group(2) != null
                && (Integer.parseInt(date.group(3)) > 23
                        || Integer.parseInt(date.group(4)) > 59
                        || Integer.parseInt(date.group(5)) > 60)) {
            throw malformed(lineNo, physical, "'" + value + "' is not a time of day (hhmmss)");
        }
        if (date.group(6) != null
                && date.group(6).length() > 1
                && Character.isDigit(date.group(6).charAt(1))) {
            checkDate(date.group(6).substring(1), lineNo, physical);
        }
    }

    private static Calendar parse(String document, String[] lines) {
        try {
            return new CalendarBuilder().build(new StringReader(document));
        } catch (ParserException e) {
            int lineNo = e.getLineNo();
            String message = e.getMessage() == null
                    ? "cannot be parsed"
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
