package org.standby.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The files in deploy/ name environment variables, ports and health endpoints of the service: each name they use
 * must exist in the application, so a renamed setting or endpoint cannot leave a deployment silently misconfigured.
 */
@QuarkusTest
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern SETTING = Pattern.compile("\\b((?:STANDBY|QUARKUS)_[A-Z0-9_]+)\\b");
    private static final Pattern HEALTH = Pattern.compile("(/q/health/[a-z]+)");
    private static final Pattern PORT =
            Pattern.compile("(?:EXPOSE |containerPort: |QUARKUS_HTTP_PORT[=:] ?|http://127\\.0\\.0\\.1:)(\\d{2,5})\\b");

    /** Settings fixed when the service is built rather than read at run time. */
    private static final Set<String> BUILD_TIME = Set.of("QUARKUS_DATASOURCE_DB_KIND");

    @Test
    void everySettingThatDeployFilesUseIsOneTheServiceReads() throws IOException {
        Map<String, Set<String>> used = matches(SETTING);
        Set<String> known = knownSettings();
        assertThat(used).as("deploy/ files name settings").isNotEmpty();
        used.forEach((name, files) -> assertThat(known.contains(name) || BUILD_TIME.contains(name))
                .as("%s (used in %s) is a setting of the service", name, files)
                .isTrue());
    }

    @Test
    void everySettingThatDeployFilesUseIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        matches(SETTING)
                .forEach((name, files) -> assertThat(readme)
                        .as("%s (used in %s) is in the README's configuration table", name, files)
                        .contains("`" + name + "`"));
    }

    @Test
    void theHealthEndpointsThatDeployFilesProbeAnswer() throws IOException {
        Map<String, Set<String>> probes = matches(HEALTH);
        assertThat(probes.keySet()).contains("/q/health/ready", "/q/health/live");
        probes.forEach((path, files) -> given().get(path).then().statusCode(200));
    }

    @Test
    void deployFilesAgreeOnOnePortTheServiceListensOnByDefault() throws IOException {
        Map<String, Set<String>> ports = matches(PORT);
        assertThat(ports.keySet()).as("ports named in deploy/ files: %s", ports).containsExactly("8080");
        assertThat(defaultHttpPort()).isEqualTo(8080);
    }

    /** Every property the service reads, in environment-variable form (SmallRye's mapping: non-alphanumerics to _). */
    private static Set<String> knownSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        // variables that application.properties reads by name, e.g. ${STANDBY_ADMIN_PASSWORD:}
        Matcher referenced = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(applicationProperties());
        while (referenced.find()) {
            names.add(referenced.group(1));
        }
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            names.add(envName(name.replaceFirst("^%[a-z]+\\.", "")));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                if (!text.contains("@ConfigMapping(prefix")) {
                    continue;
                }
                String className = Path.of("src/main/java")
                        .relativize(source)
                        .toString()
                        .replace(".java", "")
                        .replace('/', '.');
                try {
                    Class<?> mapping = Class.forName(className);
                    ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
                    collect(annotation.prefix(), mapping, names);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static void collect(String prefix, Class<?> mapping, Set<String> names) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.getParameterCount() > 0
                    || method.isDefault()
                    || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String key = prefix + "."
                    + method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            if (method.getReturnType().isInterface()
                    && method.getReturnType().getName().startsWith("org.standby")) {
                collect(key, method.getReturnType(), names);
            } else {
                names.add(envName(key));
            }
        }
    }

    /** The port outside tests: application.properties' un-profiled value, else Quarkus' documented default. */
    private static int defaultHttpPort() throws IOException {
        Matcher set = Pattern.compile("(?m)^quarkus\\.http\\.port=(\\d+)").matcher(applicationProperties());
        return set.find() ? Integer.parseInt(set.group(1)) : 8080;
    }

    private static String applicationProperties() throws IOException {
        return Files.readString(Path.of("src/main/resources/application.properties"));
    }

    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static Map<String, Set<String>> matches(Pattern pattern) throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.computeIfAbsent(matcher.group(1), k -> new TreeSet<>())
                            .add(DEPLOY.relativize(file).toString());
                }
            }
        }
        return found;
    }
}
