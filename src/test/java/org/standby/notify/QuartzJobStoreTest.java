package org.standby.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz keeps its jobs in the application database (the tables of Flyway V14_1), on H2 and on PostgreSQL: the
 * application's scheduler runs clustered on them, and a trigger stored by one scheduler survives that scheduler's
 * shutdown and fires, once, in a new one.
 */
@QuarkusTest
class QuartzJobStoreTest {

    private static volatile AgroalDataSource shared;
    private static final CountDownLatch FIRED = new CountDownLatch(1);
    private static final java.util.concurrent.atomic.AtomicInteger RUNS =
            new java.util.concurrent.atomic.AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.quartz.Scheduler applicationScheduler;

    /** Hands Quartz connections of the application's pool. */
    public static class ApplicationConnections implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return shared.getConnection();
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }

    /** The job of the restart test: counts its runs. */
    public static class Probe implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RUNS.incrementAndGet();
            FIRED.countDown();
        }
    }

    @Test
    void theApplicationSchedulerRunsClusteredOnTheJdbcStore() throws Exception {
        assertThat(applicationScheduler.getMetaData().isJobStoreSupportsPersistence())
                .isTrue();
        assertThat(applicationScheduler.getMetaData().isJobStoreClustered()).isTrue();
        // the cluster check-in row of this node and the stored trigger of a scheduled method
        assertThat(count(
                        "select count(*) from qrtz_scheduler_state where sched_name = ?",
                        applicationScheduler.getSchedulerName()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from qrtz_triggers where sched_name = ?",
                        applicationScheduler.getSchedulerName()))
                .isPositive();
    }

    @Test
    void aStoredTriggerSurvivesASchedulerRestartAndFiresOnce() throws Exception {
        shared = dataSource;
        String name = "restart-test";
        Scheduler first = scheduler(name);
        first.scheduleJob(
                JobBuilder.newJob(Probe.class).withIdentity("probe", "restart").build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("probe", "restart")
                        .startAt(new Date(System.currentTimeMillis() + 4000))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
        // never started: stopped before the trigger's time, as a process that is restarted
        first.shutdown(false);
        assertThat(count("select count(*) from qrtz_triggers where sched_name = ?", name))
                .isEqualTo(1);
        assertThat(RUNS.get()).isZero();

        Scheduler second = scheduler(name);
        second.start();
        try {
            assertThat(FIRED.await(60, TimeUnit.SECONDS))
                    .as("the stored trigger fired after the restart")
                    .isTrue();
            Thread.sleep(500);
            assertThat(RUNS.get()).isEqualTo(1);
        } finally {
            second.shutdown(true);
        }
        assertThat(count("select count(*) from qrtz_triggers where sched_name = ?", name))
                .isZero();
    }

    private Scheduler scheduler(String name) throws Exception {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name);
        p.setProperty("org.quartz.scheduler.instanceId", "node-1");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                postgres
                        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.dataSource", "app");
        p.setProperty("org.quartz.dataSource.app.connectionProvider.class", ApplicationConnections.class.getName());
        return new StdSchedulerFactory(p).getScheduler();
    }

    private long count(String sql, String schedulerName) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, schedulerName);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
