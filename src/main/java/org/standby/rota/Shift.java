package org.standby.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.standby.calendar.DayType;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/**
 * One shift of a rota: exact instants, the member on call (none for a gap, with the reason), and a sequence that
 * rises on every change of time or assignee (calendar feeds use it).
 */
@Entity
@Table(name = "shift")
@EntityListeners(TeamChangeListener.class)
public class Shift extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rota_id")
    public Long rotaId;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "shift_key")
    public String shiftKey;

    public String name;

    @Column(name = "shift_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type")
    public DayType dayType;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    public BigDecimal weight;

    public int slot;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "gap_reason")
    public String gapReason;

    public int sequence;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Real elapsed hours, DST included. */
    public double hours() {
        return Duration.between(start, end).toSeconds() / 3600.0;
    }

    /**
     * Gives the shift to another member (or nobody), raising its sequence, and records that it left the previous
     * member so that their calendar feed shows it as cancelled. Call inside a transaction.
     */
    public void assign(Long newMemberId, Instant now) {
        if (!java.util.Objects.equals(memberId, newMemberId)) {
            if (memberId != null) {
                ShiftDeparture departure = new ShiftDeparture();
                departure.shiftId = id;
                departure.teamId = teamId;
                departure.memberId = memberId;
                departure.departedAt = now;
                departure.persist();
            }
            memberId = newMemberId;
            gapReason = null;
            sequence++;
            updatedAt = now;
        }
    }

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
