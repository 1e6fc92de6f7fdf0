package org.standby.feed;

import java.time.Instant;
import java.time.LocalDate;

/** One all-day event of a feed (a public holiday, a school period), end inclusive. */
public record FeedAllDayEvent(
        String uid,
        LocalDate start,
        LocalDate endInclusive,
        String summary,
        String description,
        Instant lastModified) {}
