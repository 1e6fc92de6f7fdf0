package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;
import org.standby.team.Team;

/** The team revision rises once per committed transaction that changed the team's data, and not on rollback. */
@QuarkusTest
class TeamRevisionsTest {

    @Inject
    TeamRevisions revisions;

    @Test
    void aChangeFlushedAtCommitRaisesTheRevisionOnceAfterTheCommit() {
        long teamId = TeamFixture.create().teamId;
        long before = revisions.current(teamId);
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(teamId);
            team.name = team.name + " (renamed)";
            team.handoverTime = team.handoverTime.plusHours(1);
            // nothing flushes before the commit: the update and its listener run inside beforeCompletion
            assertThat(revisions.current(teamId)).isEqualTo(before);
        });
        assertThat(revisions.current(teamId)).isEqualTo(before + 1);
    }

    @Test
    void aRolledBackChangeLeavesTheRevision() {
        long teamId = TeamFixture.create().teamId;
        long before = revisions.current(teamId);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    Team team = Team.findById(teamId);
                    team.name = team.name + " (renamed)";
                    Team.flush();
                    throw new IllegalStateException("roll back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(revisions.current(teamId)).isEqualTo(before);
    }
}
