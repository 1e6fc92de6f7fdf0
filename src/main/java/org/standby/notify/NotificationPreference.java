package org.standby.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's notification choices, by login (table notification_preference). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String username;

    /** Comma-separated {@link Channel} names; empty: nothing is sent to the person. */
    public String channels;

    /** Comma-separated reminder lead times in minutes before a shift. */
    @Column(name = "lead_minutes")
    public String leadMinutes;

    /** Overrides the member's address (directors without a member record set it here). */
    public String email;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
