package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Only a lost race is "decided by somebody else"; any other database failure stays an unexpected error. */
class ConcurrentChangeTest {

    @Test
    void staleVersionsLocksAndConstraintsAreConflicts() {
        assertThat(ConcurrentChange.isConflict(new OptimisticLockException("stale")))
                .isTrue();
        assertThat(ConcurrentChange.isConflict(new PessimisticLockException("busy")))
                .isTrue();
        assertThat(ConcurrentChange.isConflict(new ConstraintViolationException("dup", new SQLException(), "uk")))
                .isTrue();
        assertThat(ConcurrentChange.isConflict(
                        new PersistenceException("wrapped", new OptimisticLockException("stale"))))
                .isTrue();
        assertThat(ConcurrentChange.answer(new OptimisticLockException("stale"), "decided meanwhile")
                        .getMessage())
                .isEqualTo("decided meanwhile");
    }

    @Test
    void otherDatabaseFailuresAreNotAnsweredAsConflicts() {
        PersistenceException broken = new PersistenceException("connection reset", new SQLException("reset"));
        assertThat(ConcurrentChange.isConflict(broken)).isFalse();
        assertThatThrownBy(() -> ConcurrentChange.answer(broken, "decided meanwhile"))
                .isSameAs(broken);
    }
}
