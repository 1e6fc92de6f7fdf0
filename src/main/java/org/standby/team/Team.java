package org.standby.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/** A team that promises cover: its time zone, holiday region and daily hand-over time. */
@Entity
@Table(name = "team")
@EntityListeners(TeamChangeListener.class)
public class Team extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "holiday_region")
    public String holidayRegion;

    @Column(name = "handover_time")
    public LocalTime handoverTime;

    /** Load thresholds (see {@code policy.rules.LoadLimits}): the engine keeps within them where it can. */
    @Column(name = "max_hours_on_call_per_month")
    public int maxHoursOnCallPerMonth = 160;

    @Column(name = "max_weekends_per_month")
    public int maxWeekendsPerMonth = 2;

    @Column(name = "max_nights_in_a_row")
    public int maxNightsInARow = 3;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @Override
    public Long owningTeamId() {
        return id;
    }
}
