package org.standby.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the whole test run; the mailer is pointed at it.
 * Tests read what arrived with {@link #to(String)}.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(port),
                "quarkus.mailer.start-tls",
                "DISABLED",
                "quarkus.mailer.mock",
                "false");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Stops the SMTP server (a mail outage); {@link #restart()} brings it back on the same port. */
    public static void stopServer() {
        greenMail.stop();
    }

    public static void restart() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getAllRecipients();
                        return to != null
                                && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
