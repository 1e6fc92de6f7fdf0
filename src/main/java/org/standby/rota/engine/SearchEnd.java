package org.standby.rota.engine;

import java.time.Duration;

/**
 * How the engine's local search ended ({@link RotaResult#searchEnd()}). The limits are those of
 * {@link EngineSettings}; only {@link #TIME_CAP} depends on the machine's speed.
 */
public enum SearchEnd {
    /** Every slot was pinned (or nobody could take any): no search ran. */
    NOTHING_TO_SEARCH,
    /** The step limit, or the limit of steps without a better rota, was reached. */
    STEP_LIMIT,
    /**
     * The move budget was used up: {@code 160} moves per free slot, at least 2000 and at most
     * {@link EngineSettings#moveLimit()} (the usual end of a rota of a few weeks).
     */
    MOVE_LIMIT,
    /** The wall-clock safety cap ({@link EngineSettings#safetyCap()}) stopped the search: the rota may differ between runs. */
    TIME_CAP;

    /**
     * What stopped a search that ran for {@code millisSpent} and evaluated {@code moves} moves under the given move
     * budget and wall-clock cap. The cap counts first: a search past it was stopped by it, whatever else was near.
     */
    public static SearchEnd of(long millisSpent, long moves, long moveLimit, Duration safetyCap) {
        if (millisSpent >= safetyCap.toMillis()) {
            return TIME_CAP;
        }
        if (moves >= moveLimit) {
            return MOVE_LIMIT;
        }
        return STEP_LIMIT;
    }
}
