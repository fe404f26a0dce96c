package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TableWritesTest {
    @Test
    void writesToShownTablesCountWhateverTheirCase() {
        assertThat(TableWrites.writesShownTable("insert into post (id, body) values (?, ?)"))
                .isTrue();
        assertThat(TableWrites.writesShownTable("UPDATE post_comment set status=? where id=?"))
                .isTrue();
        assertThat(TableWrites.writesShownTable("  delete from reaction where id=?"))
                .isTrue();
        assertThat(TableWrites.writesShownTable("merge into site_setting key(name) values (?, ?)"))
                .isTrue();
        assertThat(TableWrites.writesShownTable("with d as (delete from post_tag returning 1) select 1"))
                .isTrue();
    }

    @Test
    void readsAndTheQueueAndSessionTablesDoNot() {
        assertThat(TableWrites.writesShownTable("select id from post for update skip locked"))
                .isFalse();
        assertThat(TableWrites.writesShownTable("insert into inbox_activity (id) values (?) on conflict do nothing"))
                .isFalse();
        assertThat(TableWrites.writesShownTable("update delivery set state=? where id=?"))
                .isFalse();
        assertThat(TableWrites.writesShownTable("update web_session set last_seen=? where id=?"))
                .isFalse();
        // An author's private note on an account shows on no anonymous page.
        assertThat(TableWrites.writesShownTable(
                        "insert into account_note (account_id, target_id, comment, updated_at) values (?, ?, ?, ?)"))
                .isFalse();
    }

    @Test
    void subscribersHearACommittedWriteOnceAndNeverARolledBackOne() {
        TableWrites writes = new TableWrites();
        AtomicInteger heard = new AtomicInteger();
        writes.subscribe(heard::incrementAndGet);

        writes.begin();
        writes.inspect("update post set title=? where id=?");
        writes.inspect("update post set body=? where id=?");
        writes.committed();
        assertThat(heard).hasValue(1);

        writes.begin();
        writes.inspect("insert into reaction (id) values (?)");
        writes.rolledBack();
        writes.committed();
        assertThat(heard).hasValue(1);

        writes.begin();
        writes.inspect("select * from post");
        writes.inspect("update delivery set state=?");
        writes.committed();
        assertThat(heard).hasValue(1);
    }

    @Test
    void tableSubscribersHearEveryTableACommittedUnitWroteShownOrNot() {
        TableWrites writes = new TableWrites();
        List<Set<String>> heard = new ArrayList<>();
        writes.subscribeTables(heard::add);

        writes.begin();
        writes.inspect("update oauth_token set last_used_at=? where id=?");
        writes.inspect("insert into bookmark (account_id, status_id) values (?, ?)");
        writes.inspect("select * from post");
        writes.committed();
        assertThat(heard).containsExactly(Set.of("oauth_token", "bookmark"));

        writes.begin();
        writes.inspect("with d as (delete from post_tag returning 1) select 1");
        writes.committed();
        assertThat(heard.get(1)).containsExactly(TableWrites.UNKNOWN_TABLE);

        writes.begin();
        writes.inspect("delete from bookmark where id=?");
        writes.rolledBack();
        writes.committed();
        writes.begin();
        writes.inspect("select 1");
        writes.committed();
        assertThat(heard).hasSize(2);
    }
}
