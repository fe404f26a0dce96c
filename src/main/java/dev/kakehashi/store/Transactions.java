package dev.kakehashi.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The unit of work: one Hibernate session and one transaction per call, joined by nested calls on
 * the same thread. Repositories use {@link #session()}; services wrap each public method in {@link
 * #call} or {@link #run}. Work queued with {@link #afterCommit} runs only once the outermost
 * transaction has committed (domain events, scheduling, file clean-up). A {@link #read} that meets a
 * lost connection is repeated on another ({@link ConnectionLoss}).
 */
public final class Transactions {
    /** Tries of a read-only unit of work when its connection turns out lost. */
    private static final int READ_ATTEMPTS = 3;

    private final SessionFactory sessionFactory;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final TableWrites writes;
    private final Runnable connectionLost;

    public Transactions(SessionFactory sessionFactory) {
        this(sessionFactory, new TableWrites());
    }

    /** @param writes the inspector the session factory was built with: told when a unit commits or not */
    public Transactions(SessionFactory sessionFactory, TableWrites writes) {
        this(sessionFactory, writes, () -> {});
    }

    /**
     * @param connectionLost told when a unit of work failed on a lost connection: the pool drops the
     *     connections it holds (after a restart of the database none of them works), so the next
     *     unit of work opens a new one instead of drawing the next dead one
     */
    public Transactions(SessionFactory sessionFactory, TableWrites writes, Runnable connectionLost) {
        this.sessionFactory = sessionFactory;
        this.writes = writes;
        this.connectionLost = connectionLost;
    }

    private static final class Unit {
        final Session session;
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<Runnable> afterRollback = new ArrayList<>();

        Unit(Session session) {
            this.session = session;
        }
    }

    public <T> T call(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Unit unit = new Unit(sessionFactory.openSession());
        current.set(unit);
        writes.begin();
        T result;
        try {
            unit.session.beginTransaction();
            result = work.get();
            unit.session.getTransaction().commit();
        } catch (RuntimeException | Error e) {
            writes.rolledBack();
            if (unit.session.getTransaction().isActive()) {
                try {
                    unit.session.getTransaction().rollback();
                } catch (RuntimeException rollbackFailure) {
                    // A lost connection fails its rollback too: the failure that says why is the first.
                    e.addSuppressed(rollbackFailure);
                }
            }
            runAfterRollback(unit, e);
            if (ConnectionLoss.is(e)) {
                connectionLost.run();
            }
            throw e;
        } finally {
            current.remove();
            unit.session.close();
        }
        writes.committed();
        unit.afterCommit.forEach(Runnable::run);
        return result;
    }

    /**
     * A unit of work that only reads: what it loads is read-only (no snapshot kept, no dirty check)
     * and nothing is flushed, so the native queries that follow an entity query do not first check
     * every loaded entity for changes. Changes made to loaded entities here are not saved. Joined by
     * nested calls; inside another unit of work it simply joins that one.
     */
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call(() -> {
                    Session session = session();
                    session.setDefaultReadOnly(true);
                    session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
                    return work.get();
                });
            } catch (RuntimeException e) {
                // Nothing was written, so a read that met a connection the database had closed (it
                // restarted, or ended the session) is read again on a new one (see connectionLost).
                if (attempt == READ_ATTEMPTS || !ConnectionLoss.is(e)) {
                    throw e;
                }
            }
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * One statement that is its own transaction, on a pooled connection in autocommit: one round trip,
     * no session to open, no begin and commit (the inbox's 202 path). Inside a unit of work it joins
     * that one. Hibernate's statement inspector does not see it, so {@link TableWrites} is not told:
     * use it only for the tables that inspector ignores ({@link TableWrites#BOOKKEEPING}).
     *
     * @throws IllegalStateException wrapping a database failure
     */
    public <T> T autocommit(ConnectionWork<T> work) {
        if (current.get() != null) {
            return session().doReturningWork(work::run);
        }
        ConnectionProvider provider = sessionFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(ConnectionProvider.class);
        try {
            Connection connection = provider.getConnection();
            try {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                return work.run(connection);
            } finally {
                provider.closeConnection(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database: " + e.getMessage(), e);
        }
    }

    /** Work on one prepared statement. */
    @FunctionalInterface
    public interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * One statement of this unit of work through plain JDBC, on its connection: no Hibernate query
     * object, parameter binding or result-type resolution, which cost the inbox's handlers more CPU
     * than the statements themselves (docs/performance.md, inbox fifth pass). As before a native
     * query, what the session holds unwritten is flushed first (unless the unit is {@link #read}
     * only), and {@link TableWrites} sees the statement as it sees Hibernate's. A database failure
     * is thrown as Hibernate converts it (a unique violation is a {@code ConstraintViolationException}).
     */
    <T> T statement(String sql, StatementWork<T> work) {
        Session session = session();
        SessionImplementor s = (SessionImplementor) session;
        if (session.getHibernateFlushMode() != FlushMode.MANUAL
                && session.getHibernateFlushMode() != FlushMode.COMMIT
                && (s.getPersistenceContextInternal().getNumberOfManagedEntities() > 0
                        || s.getPersistenceContextInternal().getCollectionEntriesSize() > 0
                        || s.getActionQueue().hasAnyQueuedActions())) {
            session.flush();
        }
        String inspected = writes.inspect(sql);
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(inspected)) {
                return work.run(ps);
            }
        });
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Whether this thread is inside a unit of work (whose reads may see its own uncommitted writes). */
    public boolean active() {
        return current.get() != null;
    }

    /** The session of the transaction this thread is in. */
    public Session session() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no transaction: wrap the call in Transactions.call");
        }
        return unit.session;
    }

    /**
     * Runs {@code action} when the outermost transaction fails instead of committing (to remove
     * files written for it); ignored when there is no transaction.
     */
    public void afterRollback(Runnable action) {
        Unit unit = current.get();
        if (unit != null) {
            unit.afterRollback.add(action);
        }
    }

    private static void runAfterRollback(Unit unit, Throwable failure) {
        for (Runnable action : unit.afterRollback) {
            try {
                action.run();
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
        }
    }

    /** Runs {@code action} after the outermost transaction commits, or now when there is none. */
    public void afterCommit(Runnable action) {
        Unit unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }
}
