package org.standby.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

/**
 * The only way to run a bulk JPQL statement (update or delete without loading the entities). Bulk statements
 * bypass the entity listeners, so {@link TeamChangeListener} never hears of them; here a statement on a
 * {@link TeamOwned} entity is scoped to one team ({@code and teamId = ...} is added) and raises that team's
 * revision after the commit, as an entity change would. {@code BulkStatementsTest} (ArchUnit) refuses any other
 * bulk statement in the code base, so an invalidation cannot be forgotten.
 *
 * <p>Queries are written as Panache writes them: {@code update} takes {@code "set-clause where condition"},
 * {@code delete} takes the condition; both with positional parameters {@code ?1, ?2, ...}.
 */
@ApplicationScoped
public class BulkChanges {

    @Inject
    TeamRevisions revisions;

    /**
     * {@code update Entity set ... where (condition) and teamId = :team}, raising the team's revision on commit.
     *
     * @param setAndWhere for example {@code "sequence = sequence + 1 where rotaId = ?1"}
     * @return the number of rows changed
     */
    public <T extends PanacheEntityBase & TeamOwned> int update(
            Class<T> entity, long teamId, String setAndWhere, Object... params) {
        int where = setAndWhere.toLowerCase(java.util.Locale.ROOT).indexOf(" where ");
        String set = where < 0 ? setAndWhere : setAndWhere.substring(0, where);
        String condition = where < 0 ? null : setAndWhere.substring(where + " where ".length());
        return run(
                entity,
                teamId,
                "update " + name(entity) + " set " + set + " where " + teamScoped(condition, params),
                params);
    }

    /** {@code delete from Entity where (condition) and teamId = :team}, raising the team's revision on commit. */
    public <T extends PanacheEntityBase & TeamOwned> int delete(
            Class<T> entity, long teamId, String condition, Object... params) {
        return run(entity, teamId, "delete from " + name(entity) + " where " + teamScoped(condition, params), params);
    }

    /**
     * A bulk delete of an entity that no feed shows (it does not implement {@link TeamOwned}, which is checked).
     */
    public int deleteNotShownInFeeds(Class<? extends PanacheEntityBase> entity, String condition, Object... params) {
        if (TeamOwned.class.isAssignableFrom(entity)) {
            throw new IllegalArgumentException(entity.getSimpleName() + " is shown in feeds; use delete(...)");
        }
        return execute(entity, "delete from " + name(entity) + " where " + condition, params);
    }

    /**
     * A bulk update of columns that no feed shows (a feed's last access), on purpose without raising the team's
     * revision: it must not invalidate the team's cached feeds. Every caller is a decision, named in
     * {@code BulkStatementsTest}.
     */
    public int updateNotShownInFeeds(Class<? extends PanacheEntityBase> entity, String setAndWhere, Object... params) {
        return execute(entity, "update " + name(entity) + " set " + setAndWhere, params);
    }

    private int run(Class<? extends PanacheEntityBase> entity, long teamId, String jpql, Object... params) {
        Object[] withTeam = java.util.Arrays.copyOf(params, params.length + 1);
        withTeam[params.length] = teamId;
        int changed = execute(entity, jpql, withTeam);
        // registered whatever the count: a statement that changed nothing costs one re-rendering at most
        revisions.changedOnCommit(teamId);
        return changed;
    }

    private static String teamScoped(String condition, Object[] params) {
        String team = "teamId = ?" + (params.length + 1);
        return condition == null || condition.isBlank() ? team : "(" + condition + ") and " + team;
    }

    private static int execute(Class<? extends PanacheEntityBase> entity, String jpql, Object... params) {
        Query query = Panache.getEntityManager(entity).createQuery(jpql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }

    private static String name(Class<?> entity) {
        jakarta.persistence.Entity annotation = entity.getAnnotation(jakarta.persistence.Entity.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : entity.getSimpleName();
    }
}
