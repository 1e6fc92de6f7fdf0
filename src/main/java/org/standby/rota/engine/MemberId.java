package org.standby.rota.engine;

/**
 * A member's id as the engine takes and gives it: the team member's database id. A what-if scenario may add
 * hypothetical members who have no id yet; they are numbered from 1 ({@link #hypothetical(int)}) and kept apart
 * from real ids (stored as the negated number).
 *
 * <p>Ordered as the engine orders its members (and so breaks ties): real ids ascending, then hypothetical members in
 * the order they were added.
 *
 * @param value the team member's id; negative for a hypothetical member
 */
public record MemberId(long value) implements Comparable<MemberId> {

    /** The id of the team member with this database id. */
    public static MemberId of(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("member id must not be negative: " + value);
        }
        return new MemberId(value);
    }

    /** The {@code number}th (from 1) hypothetical member of a what-if scenario. */
    public static MemberId hypothetical(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("hypothetical member number must be positive: " + number);
        }
        return new MemberId(-(long) number);
    }

    /** Whether this is a hypothetical member of a what-if scenario rather than a team member. */
    public boolean isHypothetical() {
        return value < 0;
    }

    /** The number (from 1) of a hypothetical member. */
    public int hypotheticalNumber() {
        if (!isHypothetical()) {
            throw new IllegalStateException(this + " is not hypothetical");
        }
        return (int) -value;
    }

    @Override
    public int compareTo(MemberId other) {
        if (isHypothetical() != other.isHypothetical()) {
            return isHypothetical() ? 1 : -1;
        }
        return isHypothetical() ? Long.compare(other.value, value) : Long.compare(value, other.value);
    }

    /** {@code member 42}, or {@code new member 1} for a hypothetical one. */
    @Override
    public String toString() {
        return isHypothetical() ? "new member " + -value : "member " + value;
    }
}
