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
public record FeedEvent(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        String summary,
        String description,
        boolean cancelled,
        Instant lastModified) {

    /** The UID of a shift's event: the same in every feed and in every invitation sent for the shift. */
    public static String shiftUid(long shiftId) {
        return "shift-" + shiftId + "@standby";
    }
}
