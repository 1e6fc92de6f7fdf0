package org.standby.agreement;

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

/** One version of a team's coverage agreement; its content is the JSON of an {@code AgreementDocument}. */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id")
    public Long teamId;

    public int number;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Column(name = "document_json")
    public String documentJson;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** Who signed for leadership (a name and role as written on the paper, e.g. "M. Weber, Head of School"). */
    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_note")
    public String signedNote;

    /** The user who recorded the signature in Standby. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Version
    public long version;
}
