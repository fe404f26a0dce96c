package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Following;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An author's follows and followers in Mastodon's CSV formats, so they move to another server: the
 * follows as Mastodon's "Follows" export ({@code Account address,Show boosts,Notify on new posts,Languages}),
 * the followers as one {@code user@host} per line. Written a page at a time.
 */
public final class FollowsExport {
    public static final String[] FOLLOWING_HEADER = {
        "Account address", "Show boosts", "Notify on new posts", "Languages"
    };
    private static final int PAGE = 500;
    /** Mastodon writes plain CSV with Unix line ends. */
    private static final CSVFormat MASTODON =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final Transactions tx;
    private final FollowerRepository followers;
    private final FollowingRepository following;
    private final RemoteActorRepository actors;

    public FollowsExport(
            Transactions tx,
            FollowerRepository followers,
            FollowingRepository following,
            RemoteActorRepository actors) {
        this.tx = tx;
        this.followers = followers;
        this.following = following;
        this.actors = actors;
    }

    /** The local actor key of an author's actor, as the follow tables store it. */
    public static String authorActor(long accountId) {
        return ActorKey.author(accountId).text();
    }

    /** The blog actor's key. */
    public static final String BLOG_ACTOR = ActorKey.BLOG.text();

    /** The accounts this actor follows (accepted or still waiting), Mastodon's header first. */
    public void writeFollowing(String localActor, OutputStream out) {
        try {
            CSVPrinter csv =
                    printer(out, MASTODON.builder().setHeader(FOLLOWING_HEADER).build());
            List<Following> all = tx.read(() -> following.of(localActor));
            for (int from = 0; from < all.size(); from += PAGE) {
                List<Following> page = all.subList(from, Math.min(all.size(), from + PAGE));
                Map<String, String> accts =
                        accts(page.stream().map(Following::remoteActorUri).toList());
                for (Following f : page) {
                    csv.printRecord(accts.get(f.remoteActorUri()), "true", "false", "");
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accepted followers of this actor, one address per line, oldest first. */
    public void writeFollowers(String localActor, OutputStream out) {
        try {
            CSVPrinter csv = printer(out, MASTODON);
            for (int offset = 0; ; offset += PAGE) {
                int from = offset;
                List<String> page = tx.read(() -> followers.accepted(localActor, from, PAGE));
                Map<String, String> accts = accts(page);
                for (String uri : page) {
                    csv.printRecord(accts.get(uri));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(OutputStream out, CSVFormat format) throws IOException {
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
    }

    /** {@code user@host} for each actor known here; an actor never fetched keeps its id. */
    private Map<String, String> accts(List<String> uris) {
        Map<String, String> out = new HashMap<>();
        uris.forEach(u -> out.put(u, u));
        tx.read(() -> actors.byUris(uris)).forEach(a -> out.put(a.uri(), a.acct()));
        return out;
    }
}
