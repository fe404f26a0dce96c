package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ConnectionLossTest {
    @Test
    void aSessionEndedByTheServerIsALostConnectionWhereverHibernateWrappedIt() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(ConnectionLoss.is(new GenericJDBCException("JDBC exception executing SQL", terminated)))
                .isTrue();
        assertThat(ConnectionLoss.is(new IllegalStateException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(ConnectionLoss.is(new JDBCConnectionException("lost", new SQLException())))
                .isTrue();
        assertThat(ConnectionLoss.is(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
    }

    @Test
    void failuresOfTheWorkItselfAreNot() {
        assertThat(ConnectionLoss.is(new GenericJDBCException("x", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(ConnectionLoss.is(new SQLException("no state"))).isFalse();
        assertThat(ConnectionLoss.is(new IllegalArgumentException("bad"))).isFalse();
        assertThat(ConnectionLoss.is(null)).isFalse();
    }
}
