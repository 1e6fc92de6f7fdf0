package org.standby.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording shared by the messages: times in the team's zone, links. */
final class Messages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private Messages() {}

    /** e.g. "Sat 28 Mar 2026 20:00 (Europe/Berlin)". */
    static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    static String link(String base, String path) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
