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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/** A technician of a team: part-time by FTE, and active only within an optional window. */
@Entity
@Table(name = "member")
@EntityListeners(TeamChangeListener.class)
public class Member extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    public String name;

    public String email;

    public String phone;

    public BigDecimal fte;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_until")
    public LocalDate activeUntil;

    public String username;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** Whether the member is active on the given date (inclusive window, open ends). */
    public boolean activeOn(LocalDate date) {
        return (activeFrom == null || !date.isBefore(activeFrom))
                && (activeUntil == null || !date.isAfter(activeUntil));
    }

    /**
     * The id of the team's member whose login is {@code username} (the caller's own member record), or null when
     * the login is not a member of the team. The one place that answers "which member am I".
     */
    public static Long idOf(long teamId, String username) {
        return Member.<Member>find("teamId = ?1 and username = ?2", teamId, username)
                .firstResultOptional()
                .map(m -> m.id)
                .orElse(null);
    }

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
