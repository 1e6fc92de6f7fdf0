package org.standby.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A member's load against their fair share in a published rota; the next rota pays the deviation back. */
@Entity
@Table(name = "rota_balance")
@IdClass(RotaBalance.Key.class)
public class RotaBalance extends PanacheEntityBase {

    @Id
    @Column(name = "rota_id")
    public Long rotaId;

    @Id
    @Column(name = "member_id")
    public Long memberId;

    public BigDecimal load;

    @Column(name = "fair_share")
    public BigDecimal fairShare;

    public BigDecimal deviation;

    /** The composite key. */
    public static class Key implements Serializable {
        public Long rotaId;
        public Long memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(rotaId, k.rotaId)
                    && java.util.Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(rotaId, memberId);
        }
    }
}
