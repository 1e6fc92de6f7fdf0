package org.standby.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.standby.calendar.DayType;
import org.standby.rota.Rota;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;

/**
 * A published rota with hand-chosen shifts, written straight to the database, so that tests of reports know
 * exactly who is on call when (the engine's choices are not what they test).
 */
public final class PublishedShifts {

    private final long teamId;
    private final long rotaId;

    private PublishedShifts(long teamId, long rotaId) {
        this.teamId = teamId;
        this.rotaId = rotaId;
    }

    public static PublishedShifts rota(long teamId, String from, String to) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Rota rota = new Rota();
            rota.teamId = teamId;
            rota.name = "Hand-made " + from;
            rota.fromDate = LocalDate.parse(from);
            rota.toDate = LocalDate.parse(to);
            rota.status = RotaStatus.PUBLISHED;
            rota.createdAt = Instant.now();
            rota.createdBy = "test";
            rota.publishedAt = Instant.now();
            rota.publishedBy = "test";
            rota.persist();
            return rota.id;
        });
        return new PublishedShifts(teamId, id);
    }

    /** A shift from {@code start} to {@code end} (instants with offset) for the member (null: a gap); its id. */
    public long shift(Long memberId, String start, String end, DayType dayType) {
        return shift(memberId, start, end, dayType, 0);
    }

    /** As {@link #shift(Long, String, String, DayType)}, in the given slot of a shift needing several people. */
    public long shift(Long memberId, String start, String end, DayType dayType, int slot) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime s = OffsetDateTime.parse(start);
            Shift shift = new Shift();
            shift.rotaId = rotaId;
            shift.teamId = teamId;
            shift.shiftKey = s.toLocalDate() + "/Test/" + s.toLocalTime() + (slot == 0 ? "" : "#" + slot);
            shift.name = "Test";
            shift.date = s.toLocalDate();
            shift.dayType = dayType;
            shift.start = s.toInstant();
            shift.end = OffsetDateTime.parse(end).toInstant();
            shift.weight = BigDecimal.ONE;
            shift.slot = slot;
            shift.memberId = memberId;
            shift.gapReason = memberId == null ? "test gap" : null;
            shift.updatedAt = Instant.now();
            shift.persist();
            return shift.id;
        });
    }

    public long rotaId() {
        return rotaId;
    }
}
