package org.standby.change;

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

/**
 * A request to swap two shifts or to have one covered, with the shift versions and holders seen when it was made.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "rota_id")
    public Long rotaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    public ChangeType type;

    @Enumerated(EnumType.STRING)
    public ChangeStatus status;

    @Column(name = "shift_id")
    public Long shiftId;

    @Column(name = "shift_version")
    public long shiftVersion;

    @Column(name = "shift_member_id")
    public Long shiftMemberId;

    @Column(name = "other_shift_id")
    public Long otherShiftId;

    @Column(name = "other_shift_version")
    public Long otherShiftVersion;

    @Column(name = "other_shift_member_id")
    public Long otherShiftMemberId;

    /** COVER: the member who takes the shift. */
    @Column(name = "member_id")
    public Long memberId;

    public String reason;

    /** The member whose consent the request waits for (AWAITING_CONSENT), or null when none is needed. */
    @Column(name = "consent_member_id")
    public Long consentMemberId;

    /** Who accepted, and when (null until accepted). */
    @Column(name = "consented_by")
    public String consentedBy;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The director's decision (or the requester's withdrawal); null while undecided. */
    @Embedded
    public Decision decision;

    @Column(name = "breach_reason")
    public String breachReason;

    /**
     * The rule breaches, one per line: those foreseen when the request was made, replaced by those accepted with
     * the approval (with breachReason) once approved.
     */
    public String breaches;

    @Version
    public long version;
}
