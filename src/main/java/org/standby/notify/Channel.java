package org.standby.notify;

/** How a message travels: e-mail through the configured SMTP server, or a JSON POST to a webhook. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
