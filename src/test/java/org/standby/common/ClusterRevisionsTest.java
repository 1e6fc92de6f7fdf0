package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The announcements on the cluster channel: teams, and keys the login caches must forget. */
class ClusterRevisionsTest {

    private final ClusterRevisions here = new ClusterRevisions();
    private final ClusterRevisions there = new ClusterRevisions();

    @Test
    void anotherInstancesForgetIsReadBackWithItsKindAndKey() {
        String payload = there.forgetPayload("user", "Anne Müller@school.example");
        assertThat(here.forgottenOf(payload))
                .contains(new ClusterRevisions.Forgotten("user", "Anne Müller@school.example"));
        assertThat(here.teamsOf(payload)).as("not a list of teams").isEmpty();
    }

    @Test
    void ownAndMalformedAnnouncementsAreIgnored() {
        assertThat(here.forgottenOf(here.forgetPayload("token", "abc"))).isEmpty();
        assertThat(here.forgottenOf(null)).isEmpty();
        assertThat(here.forgottenOf("other forget user")).isEmpty();
        assertThat(here.forgottenOf("other forget  key")).isEmpty();
        assertThat(here.forgottenOf("other forget user %zz")).isEmpty();
        assertThat(here.forgottenOf("other 1,2,3")).isEmpty();
        assertThat(here.teamsOf("other 1,2,3")).containsExactlyInAnyOrder(1L, 2L, 3L);
    }
}
