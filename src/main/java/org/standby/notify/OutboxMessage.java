package org.standby.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One decided message on one channel, waiting for or past its delivery (table notification_outbox). */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    /** kind, subject, recipient, occurrence and channel: unique, sent along with the message. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String kind;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** Who: user:NAME, member:ID or team:ID. */
    public String recipient;

    /** E-mail address or webhook URL. */
    public String address;

    /** Whose webhook secret signs the POST (user:NAME or team:ID); the secret itself is never copied here. */
    @Column(name = "secret_ref")
    public String secretRef;

    public boolean urgent;

    public String subject;

    public String body;

    public String link;

    /** An iTIP calendar attachment, or null. */
    public String ics;

    @Enumerated(EnumType.STRING)
    public OutboxStatus status;

    public int attempts;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Not delivered before this instant (quiet time, timed reminders). */
    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public long version;
}
