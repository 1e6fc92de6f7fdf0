package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;

/**
 * Issue 22: a request too large to read is refused with a problem+json body naming what is too large, whether the
 * URI is long, the body declares its length, or the body comes in chunks without a length.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final String AUTH = "Authorization: Basic "
            + Base64.getEncoder()
                    .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
            + "\r\n";

    /** Sends raw bytes, reads until the server closes or the answer is complete; never waits longer than 60 s. */
    private static String exchange(byte[] head, byte[] body, int bodyRepeats) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                for (int i = 0; i < bodyRepeats; i++) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException closedEarly) {
                // the server may answer and close before everything is sent: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
                        break;
                    }
                }
            } catch (SocketException reset) {
                // read what came before the reset
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String field) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aLongUriIsA414Problem() throws IOException {
        String head = "GET /api/teams?x=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n";
        assertProblem(exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0], 0), 414, "uri");
    }

    @Test
    void aUriOverSixtyFourKibibytesIsA414ProblemToo() throws IOException {
        String head = "GET /api/teams?x=" + "a".repeat(200_000) + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n";
        assertProblem(exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0], 0), 414, "uri");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413Problem() throws IOException {
        String head = "POST /api/teams HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n";
        assertProblem(exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0], 0), 413, "body");
    }

    @Test
    void aChunkedBodyGrowingOverTheLimitIsA413Problem() throws IOException {
        String head = "POST /api/teams HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        // 12 MiB in chunks of 64 KiB, more than the 10 MiB limit
        assertProblem(exchange(head.getBytes(StandardCharsets.US_ASCII), chunk, 192), 413, "body");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws IOException {
        String json = "{\"name\":\"Chunked team\",\"timeZone\":\"Europe/Berlin\",\"holidayRegion\":\"DE-HE\","
                + "\"handoverTime\":\"08:00\"}";
        String half = json.substring(0, 20);
        String rest = json.substring(20);
        String head = "POST /api/teams HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String chunks = Integer.toHexString(half.length()) + "\r\n" + half + "\r\n" + Integer.toHexString(rest.length())
                + "\r\n" + rest + "\r\n0\r\n\r\n";
        String answer =
                exchange(head.getBytes(StandardCharsets.US_ASCII), chunks.getBytes(StandardCharsets.US_ASCII), 1);
        assertThat(answer).startsWith("HTTP/1.1 201").contains("\"name\":\"Chunked team\"");
    }
}
