package org.standby.backup;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.TeamFixture;

/**
 * The backup endpoint's rules. The backup itself (H2's BACKUP TO on a file database, restored into a fresh
 * instance) is checked end to end on the packaged service by .ci/backup-restore.sh, since tests run on an
 * in-memory H2 or on PostgreSQL.
 */
@QuarkusTest
class BackupResourceTest {

    @Test
    void onlyAnAdminMayTakeABackup() {
        TeamFixture team = TeamFixture.create();
        Api.as(team.director).post("/api/admin/backups").then().statusCode(403);
        Api.as(team.member).post("/api/admin/backups").then().statusCode(403);
        Api.anonymous().post("/api/admin/backups").then().statusCode(401);
    }

    @Test
    void aDatabaseWithoutAFileToBackUpIsAnsweredWithWhatToDoInstead() {
        Api.admin()
                .post("/api/admin/backups")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.anyOf(containsString("in-memory"), containsString("pg_dump")));
    }
}
