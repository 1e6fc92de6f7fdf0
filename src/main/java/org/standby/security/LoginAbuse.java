package org.standby.security;

import java.time.Instant;

/**
 * Fired (asynchronously) when a username or a client address reaches the limit of failed logins and is refused
 * until {@code until}; the audit trail records it. {@code kind} is {@code user} or {@code address}.
 */
public record LoginAbuse(String kind, String subject, int failures, Instant until) {}
