package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.app.Database;
import dev.kakehashi.app.Settings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A read-only unit of work's native query (plain JDBC) reads what Hibernate's path reads. */
class JdbcReadsTest {
    private static Database db;
    private static Transactions tx;
    private static final Instant RECEIVED = Instant.parse("2026-12-06T10:00:00.123456Z");

    private record Seen(long id, String uri, String content, Instant received, Instant deleted) {}

    private static final String SQL = "select id, uri, content_html, received_at, deleted_at from remote_post"
            + " where id in (:ids) and received_at < :now and uri <> ':not' and content_html::varchar(100) <> ''"
            + " order by id desc";

    @BeforeAll
    static void open() {
        db = Database.open(new Settings.Database("jdbc:h2:mem:jdbc-reads;DB_CLOSE_DELAY=-1", "sa", ""));
        tx = new Transactions(db.sessionFactory(), db.tableWrites());
        tx.run(() -> {
            for (int i = 1; i <= 4; i++) {
                tx.session()
                        .createNativeMutationQuery(
                                "insert into remote_post (id, uri, actor_uri, object_type,"
                                        + " content_html, received_at) values (:id, :uri, 'https://x.example/a', 'Note', :c, :r)")
                        .setParameter("id", (long) i)
                        .setParameter("uri", "https://x.example/notes/" + i)
                        .setParameter("c", "<p>Note " + i + "</p>")
                        .setParameter("r", RECEIVED.plus(i, ChronoUnit.MINUTES))
                        .executeUpdate();
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<Seen> page(int first, int max) {
        return Rows.list(
                tx.session(),
                SQL,
                q -> q.setParameterList("ids", List.of(1L, 2L, 3L, 4L))
                        .setParameter("now", RECEIVED.plus(1, ChronoUnit.DAYS))
                        .setFirstResult(first)
                        .setMaxResults(max),
                r -> new Seen(
                        r.lng("id"),
                        r.str("uri"),
                        r.str("content_html"),
                        r.instant("received_at"),
                        r.instant("deleted_at")));
    }

    @Test
    void readOnlyUnitsReadTheSameRowsWithTheLimitAndOffset() {
        List<Seen> hibernate = tx.call(() -> page(1, 2));
        List<Seen> plain = tx.read(() -> {
            assertThat(JdbcReads.applies(tx.session())).isTrue();
            return page(1, 2);
        });
        assertThat(plain).isEqualTo(hibernate);
        assertThat(plain).extracting(Seen::id).containsExactly(3L, 2L);
        assertThat(plain.get(0).content()).isEqualTo("<p>Note 3</p>");
        assertThat(plain.get(0).received()).isEqualTo(RECEIVED.plus(3, ChronoUnit.MINUTES));
        assertThat(plain.get(0).deleted()).isNull();
    }

    @Test
    void aUnitThatMayWriteKeepsHibernatesPath() {
        assertThat(tx.call(() -> JdbcReads.applies(tx.session()))).isFalse();
        assertThat(tx.read(() -> page(0, 10))).hasSize(4);
    }
}
