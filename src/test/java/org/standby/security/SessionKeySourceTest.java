package org.standby.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session key kept in the data dir: made once, owner-readable only, the same after a restart. */
class SessionKeySourceTest {

    @Test
    void theKeyIsMadeOnFirstUseAndKept(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("sub").resolve(SessionKeySource.FILE);
        SessionKeySource.KeyFile source = new SessionKeySource.KeyFile(file);
        assertThat(Files.exists(file))
                .as("nothing is made until the key is asked for")
                .isFalse();

        String key = source.getValue(SessionKeySource.KEY);
        assertThat(key).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(new SessionKeySource.KeyFile(file).getValue(SessionKeySource.KEY))
                .isEqualTo(key);
        assertThat(source.getValue("some.other.key")).isNull();
    }
}
