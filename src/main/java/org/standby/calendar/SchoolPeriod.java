package org.standby.calendar;

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
import java.time.Instant;
import java.time.LocalDate;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/** A term, break or summer of a team's school, start and end inclusive. Periods of one team never overlap. */
@Entity
@Table(name = "school_period")
@EntityListeners(TeamChangeListener.class)
public class SchoolPeriod extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    public String name;

    @Enumerated(EnumType.STRING)
    public PeriodKind kind;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The UID of the calendar event it was imported from, if any. */
    @Column(name = "source_uid")
    public String sourceUid;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    public Period toPeriod() {
        return new Period(name, kind, startDate, endDate);
    }

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
