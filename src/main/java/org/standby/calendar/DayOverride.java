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

/** A closure day a team adds to its public holidays, or a public holiday it works through. One per day. */
@Entity
@Table(name = "calendar_day_override")
@EntityListeners(TeamChangeListener.class)
public class DayOverride extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "day_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    public DayOverrideKind kind;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
