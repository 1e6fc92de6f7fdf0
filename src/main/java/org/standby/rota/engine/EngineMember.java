package org.standby.rota.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.standby.policy.rules.RuleBook;
import org.standby.time.TimeRange;

/**
 * A team member as the rota engine sees them.
 *
 * @param id               stable member id (used in assignments and results)
 * @param name             display name, used in explanations
 * @param fte              full-time equivalent, e.g. 1.0 or 0.5; scales the member's fair share (&gt;= 0)
 * @param activeFrom       first date the member may be on call, or {@code null} for no bound
 * @param activeUntil      last date the member may be on call, or {@code null} for no bound
 * @param unavailable      approved absences; no shift that overlaps one of them is given to the member
 * @param carriedDeviation weighted load over (+) or under (-) the member's fair share carried from earlier published
 *                         rotas; the new fair share is lowered (raised) by it so it is paid back, see
 *                         {@link MemberFairness#deviation()}
 */
public record EngineMember(
        MemberId id,
        String name,
        double fte,
        LocalDate activeFrom,
        LocalDate activeUntil,
        List<TimeRange> unavailable,
        double carriedDeviation) {

    public EngineMember {
        Objects.requireNonNull(id, "id");
        name = name == null ? id.toString() : name;
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        if (Double.isNaN(fte) || fte < 0) {
            throw new IllegalArgumentException("fte must not be negative: " + fte);
        }
        if (Double.isNaN(carriedDeviation) || Double.isInfinite(carriedDeviation)) {
            throw new IllegalArgumentException("carriedDeviation must be a number");
        }
    }

    /** A full-time member, always active, never absent, nothing carried. */
    public static EngineMember fullTime(MemberId id, String name) {
        return new EngineMember(id, name, 1.0, null, null, List.of(), 0);
    }

    /** When the member may be on call, as the rule book reads it. */
    public RuleBook.Availability availability() {
        long[][] leave = unavailable.stream()
                .map(range ->
                        new long[] {range.start().getEpochSecond(), range.end().getEpochSecond()})
                .toArray(long[][]::new);
        return RuleBook.Availability.of(activeFrom, activeUntil, leave);
    }

    /** Whether the member is active on the date. */
    public boolean isActiveOn(LocalDate date) {
        return (activeFrom == null || !date.isBefore(activeFrom))
                && (activeUntil == null || !date.isAfter(activeUntil));
    }
}
