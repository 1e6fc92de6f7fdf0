package org.standby.leave;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.standby.common.Decision;

/** A member's leave over whole days, start and end inclusive, in the team's zone. */
@Entity
@Table(name = "absence")
public class Absence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public AbsenceKind kind;

    @Enumerated(EnumType.STRING)
    public AbsenceStatus status;

    public String note;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The director's decision (or the requester's withdrawal); null while undecided. */
    @Embedded
    public Decision decision;

    @Version
    public long version;

    /** The first instant of the leave: midnight at the start of its first day in the zone. */
    public Instant startIn(ZoneId zone) {
        return startDate.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the leave: midnight at the end of its last day in the zone. */
    public Instant endIn(ZoneId zone) {
        return endDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
