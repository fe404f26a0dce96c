package dev.kakehashi.store;

import dev.kakehashi.domain.AccountMute;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The remote accounts each author muted from an app (the account_mute table). A mute past its
 * {@code expires_at} counts as gone: every read asks for the ones live at {@code now}.
 */
public final class MuteRepository {
    static final String LIVE = "(m.expires_at is null or m.expires_at > :now)";

    /** The actors the account {@code :acc} has muted at {@code :now}, as a subquery. */
    static final String MUTED_AT_NOW = mutedAtNow(":acc");

    /** The actors the account whose id is the SQL expression {@code acc} has muted at {@code :now}. */
    static String mutedAtNow(String acc) {
        return "(select m.remote_actor_uri from account_mute m where m.account_id = " + acc + " and " + LIVE + ")";
    }

    /** The members of the exclusive lists of the account whose id is the SQL expression {@code acc}. */
    static String exclusiveListMembers(String acc) {
        return "(select m.actor_uri from account_list_member m join account_list x on x.id = m.list_id"
                + " where x.account_id = " + acc + " and x.exclusive = true)";
    }

    private final Transactions tx;

    public MuteRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Mutes the actor, or changes the flag and end of an existing mute. */
    public void put(long accountId, String actorUri, boolean hideNotifications, Instant expiresAt, Instant now) {
        int changed = tx.session()
                .createNativeMutationQuery("update account_mute set hide_notifications = :h, expires_at = :e,"
                        + " created_at = :now where account_id = :a and remote_actor_uri = :r")
                .setParameter("h", hideNotifications)
                .setParameter("e", expiresAt, Instant.class)
                .setParameter("now", now)
                .setParameter("a", accountId)
                .setParameter("r", actorUri)
                .executeUpdate();
        if (changed == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into account_mute (id, account_id, remote_actor_uri,"
                            + " hide_notifications, expires_at, created_at) values (:id, :a, :r, :h, :e, :now)"
                            + " on conflict do nothing")
                    .setParameter("id", Snowflake.next())
                    .setParameter("a", accountId)
                    .setParameter("r", actorUri)
                    .setParameter("h", hideNotifications)
                    .setParameter("e", expiresAt, Instant.class)
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    public void remove(long accountId, String actorUri) {
        tx.session()
                .createNativeMutationQuery("delete from account_mute where account_id = :a and remote_actor_uri = :r")
                .setParameter("a", accountId)
                .setParameter("r", actorUri)
                .executeUpdate();
    }

    /** The live mutes among these actors, by actor URI. */
    public Map<String, AccountMute> of(long accountId, Collection<String> actorUris, Instant now) {
        Map<String, AccountMute> out = new HashMap<>();
        if (actorUris.isEmpty()) {
            return out;
        }
        Rows.list(
                        tx.session(),
                        "select m.id, m.remote_actor_uri, m.hide_notifications, m.expires_at from account_mute m"
                                + " where m.account_id = :a and m.remote_actor_uri in (:r) and " + LIVE,
                        q -> q.setParameter("a", accountId)
                                .setParameterList("r", actorUris)
                                .setParameter("now", now),
                        MuteRepository::mute)
                .forEach(m -> out.put(m.actorUri(), m));
        return out;
    }

    /** An author's live mutes in a range of mute ids, newest first (oldest first reading upwards). */
    public List<AccountMute> page(long accountId, IdRange range, Instant now) {
        return Rows.list(
                tx.session(),
                "select m.id, m.remote_actor_uri, m.hide_notifications, m.expires_at from account_mute m"
                        + " where m.account_id = :a and " + LIVE + " and " + range.where("m.id") + range.order("m.id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("now", now)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                MuteRepository::mute);
    }

    private static AccountMute mute(Rows.Row r) {
        return new AccountMute(
                r.lng("id"), r.str("remote_actor_uri"), r.bool("hide_notifications"), r.instant("expires_at"));
    }
}
