package org.standby.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's incoming webhook: the director-facing messages are posted there as well (table team_webhook). */
@Entity
@Table(name = "team_webhook")
public class TeamWebhook extends PanacheEntityBase {

    @Id
    @Column(name = "team_id")
    public Long teamId;

    public String url;

    /** The HMAC-SHA256 key of the signature header; never answered, never logged. */
    public String secret;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
