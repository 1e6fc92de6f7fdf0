package org.standby.rota.engine;

/**
 * A shift slot nobody could take.
 *
 * @param shiftKey    the key of the unfilled {@link org.standby.policy.PlannedShift}
 * @param reason      the kind of reason
 * @param explanation a plain-language reason, e.g. "all members on leave (Ana, Ben)"
 */
public record Gap(String shiftKey, Reason reason, String explanation) {

    /** Why a shift could not be filled. */
    public enum Reason {
        /** No member is active (between activeFrom and activeUntil) on the shift's date. */
        NO_MEMBER_ACTIVE,
        /** Every active member is absent during the shift. */
        ALL_ON_LEAVE,
        /** Somebody is available, but giving them the shift would break a rule (rest, consecutive days, ...). */
        RULES
    }
}
