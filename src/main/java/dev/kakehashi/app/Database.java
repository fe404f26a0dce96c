package dev.kakehashi.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.WebSession;
import dev.kakehashi.store.TableWrites;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.JdbcSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pool, the migrations and the Hibernate session factory, opened and closed together. */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final boolean postgres;
    private final TableWrites writes;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory, boolean postgres, TableWrites writes) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.postgres = postgres;
        this.writes = writes;
    }

    /**
     * Connects, applies pending migrations from {@code migrations/}, and builds Hibernate. Hibernate's
     * boot reads no table and no JDBC metadata (see {@link #sessionFactory}), so it runs on a second
     * thread while Flyway migrates: on two cores the two longest phases of a start overlap.
     */
    public static Database open(Settings.Database settings) {
        HikariDataSource ds = pool(settings);
        try {
            TableWrites writes = new TableWrites();
            Map<String, Object> server = serverVersion(ds);
            var hibernate = new FutureTask<>(() -> timed(() -> sessionFactory(ds, writes, server)));
            Thread boot = new Thread(hibernate, "kakehashi-hibernate-boot");
            boot.setDaemon(true);
            boot.start();
            long started = System.nanoTime();
            try {
                migrate(ds);
            } catch (RuntimeException e) {
                closeWhenBuilt(hibernate);
                throw e;
            }
            long migrated = System.nanoTime();
            Timed<SessionFactory> sf = built(hibernate);
            log.info(
                    "Database ready: Flyway {} ms, Hibernate {} ms (side by side), {} ms in all",
                    (migrated - started) / 1_000_000,
                    sf.millis(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Database(ds, sf.value(), settings.isPostgres(), writes);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private record Timed<T>(T value, long millis) {}

    private static <T> Timed<T> timed(Supplier<T> work) {
        long started = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - started) / 1_000_000);
    }

    /** Hibernate's session factory once its thread has built it; its failure rethrown as it was. */
    private static Timed<SessionFactory> built(FutureTask<Timed<SessionFactory>> hibernate) {
        try {
            return hibernate.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Hibernate was starting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Hibernate cannot start: " + e.getCause(), e.getCause());
        }
    }

    /** After a failed migration: waits for Hibernate's thread and closes what it built. */
    private static void closeWhenBuilt(FutureTask<Timed<SessionFactory>> hibernate) {
        try {
            built(hibernate).value().close();
        } catch (RuntimeException e) {
            log.debug("Hibernate did not start either", e);
        }
    }

    /**
     * The database's name and version, as Hibernate would read them from the JDBC metadata: both
     * drivers answer from what they learnt when connecting, with no query. Given to Hibernate, its
     * boot picks the dialect without a connection of its own.
     */
    private static Map<String, Object> serverVersion(HikariDataSource ds) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return Map.of(
                    JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, meta.getDatabaseProductName(),
                    JdbcSettings.JAKARTA_HBM2DDL_DB_VERSION, meta.getDatabaseProductVersion(),
                    JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, meta.getDatabaseMajorVersion(),
                    JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, meta.getDatabaseMinorVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's version: " + e.getMessage(), e);
        }
    }

    /** The connection pool; a database that cannot be reached is a setting to fix, said so. */
    private static HikariDataSource pool(Settings.Database settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        // Named explicitly: DriverManager does not see drivers inside a web application's WEB-INF/lib.
        config.setDriverClassName(settings.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.isPostgres() ? 20 : 10);
        config.setPoolName("kakehashi");
        config.setInitializationFailTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SettingsException("Setting KAKEHASHI_DB_URL (kakehashi.db.url): cannot connect to "
                    + settings.url() + ": " + rootMessage(e));
        }
    }

    /** Applies the pending migrations from {@code migrations/}. */
    private static void migrate(HikariDataSource ds) {
        var result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:migrations")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info(
                    "Applied {} database migration(s); schema is now at version {}",
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
    }

    /** Hibernate over the pool, telling {@code writes} which tables each unit of work wrote. */
    private static SessionFactory sessionFactory(HikariDataSource ds, TableWrites writes, Map<String, Object> server) {
        // Entities are looked up by name in the app's own class loader first, wherever Hibernate's jar sits.
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(Database.class.getClassLoader())
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                // The dialect from the version read when connecting: no metadata queries at boot
                // (keywords, sequences), and nothing that needs the schema Flyway is still writing.
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                .applySettings(server)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                // Entities are mapped by annotations only: no orm.xml lookup, no JAXB (not in the WAR).
                .applySetting(AvailableSettings.XML_MAPPING_ENABLED, false)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                // A page of posts loads authors, tags and images in a few batched queries, not one per post.
                .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 32)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.QUERY_PLAN_CACHE_MAX_SIZE, 512)
                .applySetting(AvailableSettings.STATEMENT_INSPECTOR, writes)
                // No lazy to-one association, so no proxy classes: Hibernate needs no ByteBuddy
                // (about 900 classes and their generation at every start).
                .addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl())
                .build();
        return new MetadataSources(registry)
                .addAnnotatedClass(Account.class)
                .addAnnotatedClass(Media.class)
                .addAnnotatedClass(Post.class)
                .addAnnotatedClass(dev.kakehashi.domain.PostMention.class)
                .addAnnotatedClass(dev.kakehashi.domain.PostQuote.class)
                .addAnnotatedClass(dev.kakehashi.domain.ProfileField.class)
                .addAnnotatedClass(RemoteActor.class)
                .addAnnotatedClass(WebSession.class)
                .addAnnotatedClass(dev.kakehashi.domain.TotpSecret.class)
                .addAnnotatedClass(dev.kakehashi.domain.RecoveryCode.class)
                .addAnnotatedClass(dev.kakehashi.domain.Passkey.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /**
     * Closes the pool's connections (the idle ones now, those in use when returned): after a unit of
     * work met a lost connection, the others were most likely opened to the same server and are lost
     * too. The pool opens new ones as they are asked for.
     */
    public void dropPooledConnections() {
        var pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Hears which committed units of work wrote a table readers see (the page cache listens). */
    public TableWrites tableWrites() {
        return writes;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
