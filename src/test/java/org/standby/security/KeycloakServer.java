package org.standby.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak for the single sign-on tests: the distribution that Maven unpacked into target/keycloak (pom.xml,
 * {@code unpack-keycloak}) runs as {@code kc.sh start-dev} on a free port with an in-memory database, on Java 21+
 * ({@code keycloak.java.home}, default Temurin 25), with the realms of src/test/resources/keycloak imported. It is
 * started once per test run, whichever single sign-on test class comes first, and stopped when the JVM ends.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "standby-test";
    public static final String OTHER_REALM = "elsewhere";
    public static final String CLIENT_ID = "standby";
    public static final String CLIENT_SECRET = "standby-test-secret";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String RUNNING = "keycloak.test.running";
    private static final String ENDED = "Keycloak ended while starting";

    private static Process process;

    @Override
    public Map<String, String> start() {
        // Each start of the application under test loads this class anew: the running Keycloak's address is kept
        // in a system property, which the whole JVM shares. -Dkeycloak.url=http://127.0.0.1:PORT: a Keycloak
        // started by hand with the same realms (development).
        synchronized (System.class) {
            String running = System.getProperty(RUNNING, System.getProperty("keycloak.url", ""));
            System.setProperty(RUNNING, running.isBlank() ? launch() : running);
        }
        return Map.of(
                "standby.sso.enabled",
                "true",
                "standby.sso.issuer",
                issuer(REALM),
                "standby.sso.client-id",
                CLIENT_ID,
                "standby.sso.client-secret",
                CLIENT_SECRET);
    }

    @Override
    public void stop() {
        // kept for the next single sign-on test class; ended with the JVM (see launch)
    }

    public static String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** The running Keycloak, e.g. http://127.0.0.1:PORT. */
    public static String baseUrl() {
        return System.getProperty(RUNNING);
    }

    /** An access token of the password grant, as an intranet page or script would hold it. */
    public static String accessToken(String realm, String clientId, String clientSecret, String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .formParam("username", username)
                .formParam("password", username + "-password")
                .formParam("scope", "openid email profile")
                .post(issuer(realm) + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("access_token");
    }

    public static String accessToken(String username) {
        return accessToken(REALM, CLIENT_ID, CLIENT_SECRET, username);
    }

    /** Takes a user of the test realm out of a group, through Keycloak's admin API. */
    public static void removeFromGroup(String username, String group) {
        changeGroup(username, group, false);
    }

    /** Puts a user of the test realm into a group, through Keycloak's admin API. */
    public static void addToGroup(String username, String group) {
        changeGroup(username, group, true);
    }

    private static void changeGroup(String username, String group, boolean join) {
        String admin = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", ADMIN)
                .formParam("password", ADMIN_PASSWORD)
                .post(issuer("master") + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("access_token");
        String adminApi = baseUrl() + "/admin/realms/" + REALM;
        String userId = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(adminApi + "/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].id");
        List<Map<String, Object>> groups = given().auth()
                .oauth2(admin)
                .queryParam("search", group)
                .queryParam("exact", true)
                .get(adminApi + "/groups")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        String groupId = groups.stream()
                .filter(g -> group.equals(g.get("name")))
                .map(g -> (String) g.get("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no group " + group));
        var request = given().auth().oauth2(admin);
        String path = adminApi + "/users/" + userId + "/groups/" + groupId;
        (join ? request.put(path) : request.delete(path)).then().statusCode(204);
    }

    private static String launch() {
        Path dist = Path.of(System.getProperty("keycloak.dist", "target/keycloak/keycloak-26.5.6"));
        Path javaHome = Path.of(System.getProperty(
                "keycloak.java.home",
                System.getenv().getOrDefault("KEYCLOAK_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")));
        if (!Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + dist.toAbsolutePath()
                    + ": run the tests through Maven (it unpacks org.keycloak:keycloak-quarkus-dist), without "
                    + "-DskipKeycloak");
        }
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or newer: none at " + javaHome
                    + " (set -Dkeycloak.java.home or KEYCLOAK_JAVA_HOME)");
        }
        try {
            Path imports = dist.resolve("data/import");
            Files.createDirectories(imports);
            for (String realm : List.of("standby-test-realm.json", "elsewhere-realm.json")) {
                try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + realm)) {
                    Files.copy(in, imports.resolve(realm), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::end));
            // a second try when the first process ends at once (seen once on a machine under heavy load)
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                int managementPort = freePort();
                Path log = dist.getParent().resolve("keycloak-" + port + ".log");
                ProcessBuilder builder = new ProcessBuilder(
                                dist.resolve("bin/kc.sh").toString(),
                                "start-dev",
                                "--http-port=" + port,
                                "--http-management-port=" + managementPort,
                                "--http-host=127.0.0.1",
                                "--import-realm",
                                "--db=dev-mem",
                                "--cache=local",
                                "--health-enabled=false")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                builder.environment().put("JAVA_HOME", javaHome.toString());
                builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
                builder.environment().remove("JAVA_OPTS");
                process = builder.start();
                String url = "http://127.0.0.1:" + port;
                try {
                    awaitReady(url, log);
                    return url;
                } catch (IllegalStateException ended) {
                    if (attempt == 2 || !ended.getMessage().startsWith(ENDED)) {
                        throw ended;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    private static void awaitReady(String url, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        ENDED + " (exit code " + process.exitValue() + "); see " + log.toAbsolutePath());
            }
            if (answers(url + "/realms/" + REALM + "/.well-known/openid-configuration")
                    && answers(url + "/realms/" + OTHER_REALM + "/.well-known/openid-configuration")) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
        }
        end();
        throw new IllegalStateException(
                "Keycloak was not ready within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void end() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(
                        java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
