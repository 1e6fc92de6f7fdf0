package org.standby.support;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Real parallel HTTP requests: each on its own thread and connection, all released at one moment. */
public final class Parallel {

    private Parallel() {}

    /** One request: method, path, JSON body (or null) and extra headers as name/value pairs. */
    public record Call(String method, String path, String body, String... headers) {}

    /** What came back: the status, the body and the headers' reader. */
    public record Answer(int status, String body, HttpResponse<String> response) {}

    public static String basic(String username) {
        String password = Api.ADMIN.equals(username) ? Api.ADMIN_PASSWORD : Api.PASSWORD;
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends every call at once as {@code username}, answers in the calls' order. */
    public static List<Answer> send(String username, List<Call> calls) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String auth = basic(username);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (Call call : calls) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + call.path()))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(120))
                        .method(
                                call.method(),
                                call.body() == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(call.body()));
                for (int i = 0; i + 1 < call.headers().length; i += 2) {
                    builder.header(call.headers()[i], call.headers()[i + 1]);
                }
                HttpRequest request = builder.build();
                futures.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body(), response);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(180, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
