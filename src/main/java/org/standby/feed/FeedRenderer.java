package org.standby.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * Writes an iCalendar (RFC 5545) feed. Content lines are written here so that every detail calendar apps care
 * about is under control: CRLF line ends, folding at 75 octets without splitting a UTF-8 character, TEXT
 * escaping, a stable order (the same input gives the same bytes, so ETags are stable). The VTIMEZONE comes from
 * iCal4j's bundled time zone database.
 */
public final class FeedRenderer {

    public static final String PRODUCT_ID = "-//Standby//On-call rotas//EN";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<ZoneId, List<String>> VTIMEZONES = new ConcurrentHashMap<>();

    private FeedRenderer() {}

    /** The feed as UTF-8 bytes. */
    public static byte[] render(FeedSpec spec, List<FeedEvent> events, List<FeedAllDayEvent> allDay, Instant dtstamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + PRODUCT_ID);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + text(spec.calendarName()));
        lines.add("X-WR-TIMEZONE:" + spec.zone().getId());
        lines.add("REFRESH-INTERVAL;VALUE=DURATION:" + spec.refreshInterval());
        lines.add("X-PUBLISHED-TTL:" + spec.refreshInterval());
        if (!events.isEmpty()) {
            lines.addAll(vtimezone(spec.zone()));
        }
        String stamp = UTC.format(dtstamp);
        events.stream()
                .sorted(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::uid))
                .forEach(event -> timed(lines, event, spec, stamp));
        allDay.stream()
                .sorted(Comparator.comparing(FeedAllDayEvent::start).thenComparing(FeedAllDayEvent::uid))
                .forEach(event -> allDay(lines, event, stamp));
        lines.add("END:VCALENDAR");
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 48);
        for (String line : lines) {
            fold(line, out);
        }
        return out.toByteArray();
    }

    private static void timed(List<String> lines, FeedEvent event, FeedSpec spec, String stamp) {
        String tzid = spec.zone().getId();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(event.uid()));
        lines.add("SEQUENCE:" + event.sequence());
        lines.add("DTSTAMP:" + stamp);
        lines.add("LAST-MODIFIED:" + UTC.format(event.lastModified()));
        lines.add("DTSTART;TZID=" + tzid + ":" + LOCAL.format(event.start().atZone(spec.zone())));
        lines.add("DTEND;TZID=" + tzid + ":" + LOCAL.format(event.end().atZone(spec.zone())));
        lines.add("SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            lines.add("DESCRIPTION:" + text(event.description()));
        }
        lines.add("TRANSP:TRANSPARENT");
        lines.add("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        if (!event.cancelled()) {
            for (int minutes : spec.alarmMinutesBefore()) {
                lines.add("BEGIN:VALARM");
                lines.add("ACTION:DISPLAY");
                lines.add("TRIGGER:-PT" + minutes + "M");
                lines.add("DESCRIPTION:" + text(event.summary()));
                lines.add("END:VALARM");
            }
        }
        lines.add("END:VEVENT");
    }

    private static void allDay(List<String> lines, FeedAllDayEvent event, String stamp) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(event.uid()));
        lines.add("SEQUENCE:0");
        lines.add("DTSTAMP:" + stamp);
        lines.add("LAST-MODIFIED:" + UTC.format(event.lastModified()));
        lines.add("DTSTART;VALUE=DATE:" + DATE.format(event.start()));
        lines.add("DTEND;VALUE=DATE:" + DATE.format(event.endInclusive().plusDays(1)));
        lines.add("SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            lines.add("DESCRIPTION:" + text(event.description()));
        }
        lines.add("TRANSP:TRANSPARENT");
        lines.add("STATUS:CONFIRMED");
        lines.add("END:VEVENT");
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append("\\n");
                }
                default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Writes one content line, folded so that no physical line exceeds 75 octets: a fold goes before a character
     * whose UTF-8 bytes would not fit, never inside one, and continuation lines start with a space.
     */
    static void fold(String line, ByteArrayOutputStream out) {
        int budget = MAX_OCTETS;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            if (bytes.length > budget) {
                out.write('\r');
                out.write('\n');
                out.write(' ');
                budget = MAX_OCTETS - 1;
            }
            out.write(bytes, 0, bytes.length);
            budget -= bytes.length;
            i += Character.charCount(codePoint);
        }
        out.write('\r');
        out.write('\n');
    }

    /** The VTIMEZONE of a zone from iCal4j's bundled database, unfolded content lines, cached per zone. */
    static List<String> vtimezone(ZoneId zone) {
        return VTIMEZONES.computeIfAbsent(zone, id -> {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            TimeZone timeZone = registry.getTimeZone(id.getId());
            if (timeZone == null) {
                throw new IllegalArgumentException("no VTIMEZONE for " + id);
            }
            String unfolded =
                    timeZone.getVTimeZone().toString().replace("\r\n ", "").replace("\r\n\t", "");
            // iCal4j answers some zones under another name (Europe/Kiev as Europe/Kyiv, UTC as Etc/UTC); the
            // events say TZID=<the team's zone>, so the VTIMEZONE must carry that very name
            return java.util.Arrays.stream(unfolded.split("\r\n"))
                    .map(line -> line.startsWith("TZID:") ? "TZID:" + id.getId() : line)
                    .toList();
        });
    }
}
