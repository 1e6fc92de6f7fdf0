package org.standby.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standby.common.BulkChanges;
import org.standby.feed.FeedLastAccess;

/**
 * Issue 17: feed invalidation must not depend on remembering a manual revision bump after a bulk statement. Bulk
 * statements bypass the entity listeners, so they run through {@link BulkChanges} only, which scopes them to a
 * team and raises its revision; calling Panache's static {@code update}/{@code delete}/{@code deleteAll} or JPA's
 * {@code executeUpdate} anywhere else fails this test.
 */
class BulkStatementsTest {

    private static final Set<String> BULK_PANACHE_METHODS = Set.of("update", "delete", "deleteAll");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.standby");
    }

    /**
     * Native statements that touch nothing a feed shows, each named here as a decision: the claims of published
     * days (a table that only guards against overlapping publishes; the rota's own change raises the revision) and
     * the lock wait of the team lock (a session setting, no data).
     */
    private static final Set<String> NATIVE_STATEMENTS_NO_FEED_SHOWS = Set.of(
            "org.standby.rota.RotaService.claimDays",
            "org.standby.rota.RotaService.archive",
            "org.standby.team.TeamService.lockForChanges");

    static final DescribedPredicate<JavaCall<?>> BULK_STATEMENT = DescribedPredicate.describe(
            "a bulk JPQL statement (Panache static update/delete/deleteAll, Query.executeUpdate)", call -> {
                String name = call.getTarget().getName();
                if (name.equals("executeUpdate")) {
                    String origin = call.getOrigin().getOwner().getName() + "."
                            + call.getOrigin().getName();
                    return !NATIVE_STATEMENTS_NO_FEED_SHOWS.contains(origin);
                }
                // static bulk operations take a query string (or nothing, deleteAll); entity.delete() takes nothing
                boolean panache = call.getTarget().getOwner().isAssignableTo(PanacheEntityBase.class);
                return panache
                        && BULK_PANACHE_METHODS.contains(name)
                        && (name.equals("deleteAll")
                                || !call.getTarget().getRawParameterTypes().isEmpty());
            });

    @Test
    void bulkStatementsRunOnlyThroughBulkChanges() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(BulkChanges.class)
                .should()
                .callCodeUnitWhere(BULK_STATEMENT)
                .because("bulk statements bypass the entity listeners; BulkChanges raises the team's revision")
                .check(classes);
    }

    @Test
    void onlyTheLastAccessSkipsTheRevision() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(FeedLastAccess.class)
                .should()
                .callMethod(BulkChanges.class, "updateNotShownInFeeds", Class.class, String.class, Object[].class)
                .because("a bulk update that no feed shows is a decision, named here")
                .check(classes);
    }
}
