package org.standby.feed;

import java.time.Instant;

/**
 * One timed event of a feed.
 *
 * @param uid          stable for the life of the thing it shows (a shift)
 * @param sequence     rises on every change of time or assignee
 * @param cancelled    shown as STATUS:CANCELLED so subscribed calendars remove it
 * @param lastModified when the thing last changed
 */
public record FeedEvent(String uid, int sequence, Instant start, Instant end, String summary, String description,
        boolean cancelled, Instant lastModified) {
}
