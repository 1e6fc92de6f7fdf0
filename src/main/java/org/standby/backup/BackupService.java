package org.standby.backup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.StandbyConfig;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent zip of the database
 * while the service keeps answering. PostgreSQL is backed up with its own tools (pg_dump), see docs/operations.md.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'standby-'uuuuMMdd'T'HHmmss'Z.zip'").withZone(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StandbyConfig config;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public record Backup(String file, long bytes, Instant createdAt) {}

    public Backup create() {
        Instant now = clock.instant();
        Path directory = Path.of(config.dataDir(), "backups").toAbsolutePath().normalize();
        Path file = directory.resolve(NAME.format(now));
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new ConflictException("This service runs on " + product
                        + ": back it up with the database's own tools (pg_dump, docs/operations.md)");
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new ConflictException("This service runs on an in-memory database: there is nothing to back up");
            }
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new ConflictException("A backup was taken this second already: " + file.getFileName());
            }
            try (Statement statement = connection.createStatement()) {
                // the path is made here from the configured directory and the clock, never from request input
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(file);
            LOG.infof("Database backup written to %s (%d bytes)", file, bytes);
            String name = file.getFileName().toString();
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.record(null, "BACKUP", "Database", name, null, null, null, null));
            return new Backup(file.toString(), bytes, now);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup to " + file + " failed", e);
        }
    }
}
