package org.standby.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.standby.common.TeamChangeListener;
import org.standby.common.TeamOwned;

/** A shift left a member (swapped away, covered, re-planned): their feed shows it cancelled for a while. */
@Entity
@Table(name = "shift_departure")
@EntityListeners(TeamChangeListener.class)
public class ShiftDeparture extends PanacheEntityBase implements TeamOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shift_id")
    public Long shiftId;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "departed_at")
    public Instant departedAt;

    @Override
    public Long owningTeamId() {
        return teamId;
    }
}
