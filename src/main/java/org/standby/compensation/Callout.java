package org.standby.compensation;

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
import org.standby.common.Decision;

/** Work a member did during their own published shift: when it started and how many real minutes it took. */
@Entity
@Table(name = "callout")
public class Callout extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "shift_id")
    public Long shiftId;

    @Column(name = "start_at")
    public Instant start;

    public int minutes;

    public String note;

    @Enumerated(EnumType.STRING)
    public CalloutStatus status;

    @Column(name = "logged_by")
    public String loggedBy;

    @Column(name = "logged_at")
    public Instant loggedAt;

    /** The director's decision (or the requester's withdrawal); null while undecided. */
    @Embedded
    public Decision decision;

    @Version
    public long version;
}
