package org.standby.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sends one outbox message on its channel; throws {@link DeliveryFailed} with a reason a director can read. The
 * idempotency key travels with the message: as the mail's Message-ID and as the webhook's
 * {@code Idempotency-Key} header and {@code id} field, so a receiver can drop a repeat after a crash.
 */
@ApplicationScoped
public class Deliveries {

    /** A delivery that did not succeed, with the reason shown to directors (no secrets, no full URLs). */
    public static class DeliveryFailed extends Exception {
        public DeliveryFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    @Inject
    Mailer mailer;

    @Inject
    NotifyConfig config;

    @Inject
    ObjectMapper json;

    private volatile HttpClient http;

    public void deliver(OutboxMessage message, String secret) throws DeliveryFailed {
        if (message.channel == Channel.EMAIL) {
            mail(message);
        } else {
            post(message, secret);
        }
    }

    private void mail(OutboxMessage message) throws DeliveryFailed {
        String text = message.link == null ? message.body : message.body + "\n\n" + message.link;
        Mail mail = Mail.withText(message.address, message.subject, text)
                .setFrom(config.from())
                .addHeader("Message-ID", messageId(message.idempotencyKey))
                .addHeader("X-Standby-Idempotency-Key", message.idempotencyKey);
        if (message.ics != null) {
            String method = message.ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            mail.addAttachment(
                    "shift.ics",
                    message.ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method);
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryFailed("SMTP: " + rootMessage(e), e);
        }
    }

    private void post(OutboxMessage message, String secret) throws DeliveryFailed {
        ObjectNode payload = json.createObjectNode();
        // "text" is what Slack and Microsoft Teams incoming webhooks show
        payload.put(
                "text", message.subject + "\n\n" + message.body + (message.link == null ? "" : "\n\n" + message.link));
        payload.put("id", message.idempotencyKey);
        payload.put("kind", message.kind);
        payload.put("teamId", message.teamId);
        payload.put("subject", message.subject);
        payload.put("urgent", message.urgent);
        if (message.link != null) {
            payload.put("link", message.link);
        }
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        URI uri;
        try {
            uri = URI.create(message.address);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailed("webhook: the URL is not valid", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.deliveryTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header(WebhookSignature.HEADER, WebhookSignature.of(secret, body));
        }
        try {
            HttpResponse<Void> response = client().send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailed("webhook: HTTP " + response.statusCode() + " from " + uri.getHost(), null);
            }
        } catch (IOException e) {
            throw new DeliveryFailed("webhook: " + e.getClass().getSimpleName() + " reaching " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("webhook: interrupted", e);
        }
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(config.deliveryTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = client;
        }
        return client;
    }

    /** A Message-ID made of the idempotency key: the same for every attempt at the same message. */
    static String messageId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 20) + "@standby>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
