package org.standby.security;

/**
 * CDI event, fired synchronously inside the transaction that changes a user or an API token, so that the audit
 * trail (which depends on security, not the other way round) records it in the same transaction. The views never
 * hold a password, hash or token.
 *
 * @param action e.g. {@code user.create}, {@code user.password}, {@code api-token.revoke}
 */
public record AccountChanged(String action, String entityType, Object entityId, Object before, Object after) {}
