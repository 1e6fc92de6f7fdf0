package org.standby.change;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.standby.common.ConflictException;

/**
 * Tells a write that lost to a concurrent one (a stale version, a row lock not granted in time, a unique or
 * foreign-key constraint hit by a concurrent insert or delete) from every other database failure. Only the first
 * kind means "somebody else changed it meanwhile" and is answered 409; anything else (a broken connection, a bad
 * statement) is not the client's doing and stays an unexpected error.
 */
final class ConcurrentChange {

    private ConcurrentChange() {}

    static boolean isConflict(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException
                    || t instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    /** The 409 to answer for a lost race ({@code detail}); any other failure is rethrown as it is. */
    static ConflictException answer(PersistenceException e, String detail) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof LockAcquisitionException) {
                return new ConflictException("another decision for this team is being applied right now and took "
                        + "too long; nothing was applied, try again");
            }
        }
        if (isConflict(e)) {
            return new ConflictException(detail);
        }
        throw e;
    }
}
