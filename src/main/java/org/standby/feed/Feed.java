package org.standby.feed;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/** A calendar subscription. Its secret token is only ever stored as a SHA-256 hash. */
@Entity
@Table(name = "feed")
@EntityListeners(TeamChangeListener.class)
public class Feed extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "member_id")
    public Long memberId;

    @Enumerated(EnumType.STRING)
    public FeedKind kind;

    @Column(name = "token_hash")
    public String tokenHash;

    /** Comma-separated minutes before a shift for reminders; null for none. */
    @Column(name = "alarm_minutes")
    public String alarmMinutes;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_access_at")
    public Instant lastAccessAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Whether the feed shows phone numbers and e-mail addresses: its maker's role may see them. */
    @Column(name = "with_contacts")
    public boolean withContacts = true;

    public List<Integer> alarms() {
        return alarmMinutes == null || alarmMinutes.isBlank()
                ? List.of()
                : Arrays.stream(alarmMinutes.split(",")).map(Integer::valueOf).toList();
    }

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
