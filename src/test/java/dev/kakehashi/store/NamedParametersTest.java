package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.app.Database;
import dev.kakehashi.app.Settings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one binding of named parameters: the inbox's statements ({@link Rows#select}/{@link
 * Rows#update}) and a read-only unit's {@link Rows#list} bind the same SQL the same way.
 */
class NamedParametersTest {
    private static Database db;
    private static Transactions tx;
    private static final List<Set<String>> written = new CopyOnWriteArrayList<>();
    private static final Instant RECEIVED = Instant.parse("2026-12-06T10:00:00.123456Z");

    private record Seen(long id, String url, String summary, boolean sensitive, Instant received, Instant updated) {}

    private static final String SELECT = "select id, url, summary, sensitive, received_at, updated from remote_post";

    @BeforeAll
    static void open() {
        db = Database.open(new Settings.Database("jdbc:h2:mem:named-parameters;DB_CLOSE_DELAY=-1", "sa", ""));
        db.tableWrites().subscribeTables(written::add);
        tx = new Transactions(db.sessionFactory(), db.tableWrites());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Seen seen(Rows.Row r) {
        return new Seen(
                r.lng("id"),
                r.str("url"),
                r.str("summary"),
                r.bool("sensitive"),
                r.instant("received_at"),
                r.instant("updated"));
    }

    private static void insert(long id, String url, boolean sensitive, Instant updated) {
        Rows.update(
                tx,
                "insert into remote_post (id, uri, actor_uri, object_type, url, summary, sensitive, content_html,"
                        + " received_at, updated) values (:id, :uri, 'https://x.example/a', 'Note', :url, :summary,"
                        + " :sensitive, '<p>hi</p>', :received, :updated)",
                p -> p.lng("id", id)
                        .str("uri", "https://x.example/notes/" + id)
                        .str("url", url)
                        .str("summary", null)
                        .bool("sensitive", sensitive)
                        .instant("received", RECEIVED.plusSeconds(id))
                        .instant("updated", updated));
    }

    @Test
    void anInboxStatementAndAReadOnlyListReadTheSameRowsTypedNullsIncluded() {
        tx.run(() -> {
            insert(11, null, true, null);
            insert(12, "https://x.example/@a/12", false, RECEIVED);
        });
        String where = SELECT + " where id in (:ids) and received_at > :since order by id";
        List<Seen> inbox = tx.call(() -> Rows.select(
                tx,
                where.replace("in (:ids)", "between :low and :high"),
                p -> p.lng("low", 11L).lng("high", 12L).instant("since", RECEIVED),
                NamedParametersTest::seen));
        List<Seen> read = tx.read(() -> Rows.list(
                tx.session(),
                where,
                q -> q.setParameterList("ids", List.of(11L, 12L)).setParameter("since", RECEIVED),
                NamedParametersTest::seen));

        assertThat(read).isEqualTo(inbox);
        assertThat(inbox)
                .containsExactly(
                        new Seen(11, null, null, true, RECEIVED.plusSeconds(11), null),
                        new Seen(12, "https://x.example/@a/12", null, false, RECEIVED.plusSeconds(12), RECEIVED));
    }

    @Test
    void anInboxWriteIsHeardByTheCachesOnceItsUnitCommits() {
        written.clear();
        tx.run(() -> {
            insert(21, null, false, null);
            assertThat(written).isEmpty();
        });
        assertThat(written).containsExactly(Set.of("remote_post"));

        written.clear();
        assertThatThrownBy(() -> tx.run(() -> {
                    insert(22, null, false, null);
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        assertThat(written).isEmpty();
        assertThat(tx.read(() -> Rows.list(
                        tx.session(), SELECT + " where id = :id", q -> q.setParameter("id", 22L), r -> r.lng("id"))))
                .isEmpty();
    }

    @Test
    void aCollectionStandsForOneParameterAValueAndQuotesAndCastsAreLeftAlone() {
        NamedParameters.Bound bound = NamedParameters.bind(
                "select id from remote_post where id in (:ids) and uri <> ':not' and summary::varchar(9) = :s",
                Map.<String, Object>of("ids", List.of(1L, 2L, 3L), "s", "x")::get);

        assertThat(bound.sql())
                .isEqualTo("select id from remote_post where id in (?, ?, ?) and uri <> ':not'"
                        + " and summary::varchar(9) = ?");
        assertThat(bound.values()).containsExactly(1L, 2L, 3L, "x");
    }

    @Test
    void valuesItCannotTypeAreLeftToHibernateAndAStatementWithoutOneFails() {
        String sql = "select id from remote_post where uri = :uri";
        assertThat(NamedParameters.bind(sql, name -> null)).isNull();
        assertThat(NamedParameters.bind(sql, name -> List.of())).isNull();
        assertThat(NamedParameters.bind("select id from remote_post where uri = ?", name -> "x"))
                .isNull();

        assertThatThrownBy(() -> tx.call(() -> Rows.select(tx, sql, p -> p.str("url", "x"), r -> r.lng("id"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":uri");
    }

    @Test
    void theSqlIsCutOnceAndAStatementWithoutCollectionsReusesIt() {
        String sql = "select id from remote_post where uri = :uri and sensitive = :s";
        String first = NamedParameters.bind(sql, Map.<String, Object>of("uri", "a", "s", true)::get)
                .sql();
        String second = NamedParameters.bind(sql, Map.<String, Object>of("uri", "b", "s", false)::get)
                .sql();

        assertThat(second).isSameAs(first).isEqualTo("select id from remote_post where uri = ? and sensitive = ?");
    }
}
