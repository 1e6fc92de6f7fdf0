package org.standby.audit;

/**
 * CDI event fired synchronously by {@link AuditService#record} inside the transaction of the write it records, so
 * that an observer (notifications) can write its own rows in that very transaction: they commit with the change
 * or not at all. Refusals are not announced.
 *
 * @param before the audited view before the write (a record or map as the service gave it), or null
 * @param after  the audited view after the write, or null
 */
public record AuditRecorded(
        Long teamId, String action, String entityType, Object entityId, Object before, Object after, String reason) {}
