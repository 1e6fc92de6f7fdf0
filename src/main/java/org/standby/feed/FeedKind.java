package org.standby.feed;

/** What a feed shows: one member's shifts, the whole team's shifts, or the team's calendar (holidays, periods). */
public enum FeedKind {
    MEMBER,
    TEAM,
    CALENDAR
}
