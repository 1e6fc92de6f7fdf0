package org.standby.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's stored coverage policy, as the JSON document of the API. A team without one uses the default. */
@Entity
@Table(name = "team_policy")
public class TeamPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "policy_json")
    public String policyJson;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
