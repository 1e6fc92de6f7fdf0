package org.standby.change;

/** What a change request asks for. */
public enum ChangeType {
    /** Two members exchange shifts: the holder of shiftId takes otherShiftId and the other way round. */
    SWAP,
    /** Somebody (memberId, by default the requesting member) takes a shift over. */
    COVER
}
