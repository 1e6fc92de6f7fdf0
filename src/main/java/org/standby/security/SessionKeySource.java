package org.standby.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts the form login's session cookies ({@code quarkus.http.auth.session.encryption-key}). When
 * it is not configured, it is read from {@code <standby.data-dir>/session.key}, which is created on first start
 * with 32 random bytes (readable by the owner only), so sessions survive a restart and the key is never logged
 * (Quarkus would otherwise invent one per start and log it). Registered in META-INF/services.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session.key";
    private static final int ORDINAL = 50; // below application.properties and the environment

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(KEY);
        if (configured != null
                && configured.getValue() != null
                && !configured.getValue().isBlank()) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("standby.data-dir");
        Path dir = Path.of(dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue());
        return List.of(new KeyFile(dir.resolve(FILE)));
    }

    /** Reads (or makes) the file only when the key is asked for, at run time: the build never asks for it. */
    static final class KeyFile implements ConfigSource {

        private final Path file;
        private volatile String key;

        KeyFile(Path file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(KEY);
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEY.equals(propertyName)) {
                return null;
            }
            if (key == null) {
                key = readOrCreate(file);
            }
            return key;
        }

        @Override
        public String getName() {
            return "standby " + FILE;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String key = Base64.getEncoder().encodeToString(random);
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    return readOrCreate(file);
                }
                Files.writeString(file, key, StandardCharsets.US_ASCII);
                return key;
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (key.length() < 16) {
                throw new IllegalStateException(file + " holds no session key (at least 16 characters); delete it to "
                        + "have a new one made, which ends every session");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key file " + file, e);
        }
    }
}
