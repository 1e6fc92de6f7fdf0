package org.standby.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iTIP (RFC 5546) message about one shift, for an e-mail attachment: METHOD:REQUEST when a shift is added to or
 * moved in a member's calendar, METHOD:CANCEL when it leaves it. The event carries the very UID and SEQUENCE the
 * member's feed shows ({@link FeedEvent#shiftUid}, the shift's sequence), so a calendar that has both keeps one
 * event. Written with {@link FeedRenderer}'s content-line rules (escaping, folding, VTIMEZONE).
 */
public final class ShiftInvitation {

    public enum Method {
        REQUEST,
        CANCEL
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ShiftInvitation() {}

    /**
     * The message as UTF-8 text.
     *
     * @param organizer the sender's address (mailto), required by iTIP
     * @param attendee  the member's address, or null
     */
    public static String render(
            Method method,
            ZoneId zone,
            long shiftId,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String description,
            String organizer,
            String attendee,
            Instant stamp) {
        String tzid = zone.getId();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + FeedRenderer.PRODUCT_ID);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        lines.addAll(FeedRenderer.vtimezone(zone));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + FeedRenderer.text(FeedEvent.shiftUid(shiftId)));
        lines.add("SEQUENCE:" + sequence);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART;TZID=" + tzid + ":" + LOCAL.format(start.atZone(zone)));
        lines.add("DTEND;TZID=" + tzid + ":" + LOCAL.format(end.atZone(zone)));
        lines.add("SUMMARY:" + FeedRenderer.text(summary));
        if (description != null) {
            lines.add("DESCRIPTION:" + FeedRenderer.text(description));
        }
        lines.add("ORGANIZER:mailto:" + organizer);
        if (attendee != null) {
            lines.add("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + attendee);
        }
        lines.add("TRANSP:TRANSPARENT");
        lines.add("STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 48);
        for (String line : lines) {
            FeedRenderer.fold(line, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
