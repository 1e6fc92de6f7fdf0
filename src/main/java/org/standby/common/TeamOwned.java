package org.standby.common;

/**
 * An entity whose changes can alter what a team's calendar feeds show. Entities that implement it also carry
 * {@code @EntityListeners(TeamChangeListener.class)}, so each committed insert, update or delete raises the
 * team's revision in {@link TeamRevisions}.
 */
public interface TeamOwned {

    /** The team the row belongs to (for a team itself, its own id). */
    Long owningTeamId();
}
