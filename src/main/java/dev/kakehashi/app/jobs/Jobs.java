package dev.kakehashi.app.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with its JDBC job store on the app's own database, so scheduled work survives restarts.
 * Clustered on PostgreSQL, so several Tomcat nodes share the work without doing it twice.
 */
public final class Jobs {
    public static final String SCHEDULER_NAME = "kakehashi";

    private Jobs() {}

    /**
     * @param clustered whether several nodes share the job store (PostgreSQL), so Quartz coordinates them
     * @param nodeId this node's name, the start of its Quartz instance id
     */
    public static Scheduler start(DataSource dataSource, boolean clustered, String nodeId, JobRegistry registry)
            throws SchedulerException {
        // Quartz looks data sources up by name in a JVM-wide table; a unique name keeps two apps apart.
        String dsName = "kakehashi-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
                // the app closes the pool itself
            }

            @Override
            public void initialize() {}
        });
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        // Unique even if two nodes were given the same name, and new at each start: the instance
        // that stopped checking in is recovered by the others under its old id.
        p.setProperty("org.quartz.scheduler.instanceId", nodeId + "-" + System.currentTimeMillis());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
        StdSchedulerFactory factory = new StdSchedulerFactory(p);
        Scheduler scheduler = factory.getScheduler();
        // The JVM-wide scheduler table would hand this scheduler to a second app in the same JVM.
        SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
        scheduler.setJobFactory(registry);
        return scheduler;
    }
}
