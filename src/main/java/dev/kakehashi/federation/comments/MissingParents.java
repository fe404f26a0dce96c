package dev.kakehashi.federation.comments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.CommentService.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks up a reply chain we do not hold (a reply to a remote reply to our post) by fetching each
 * parent, at most {@link #MAX_HOPS} fetches per reply, until it reaches something of ours. Every
 * fetched parent must be a post whose author lives on its own server.
 */
public final class MissingParents {
    private static final Logger log = LoggerFactory.getLogger(MissingParents.class);

    /** How many unknown parents one reply may make us fetch (Mastodon resolves threads likewise). */
    public static final int MAX_HOPS = 10;

    /** The fetched parents, nearest to ours first, and where the first of them goes. */
    public record Chain(Target root, Deque<JsonNode> parents) {}

    private final RemoteFetcher fetcher;
    private final int maxHops;

    public MissingParents(RemoteFetcher fetcher, int maxHops) {
        this.fetcher = fetcher;
        this.maxHops = maxHops;
    }

    /**
     * @param resolve finds what an id points at when it is ours
     * @return empty when the chain leads elsewhere (not a conversation on this site)
     * @throws RejectedActivity when the chain is longer than the bound, loops, or breaks
     */
    public Optional<Chain> walk(String parentId, Function<String, Optional<Target>> resolve) {
        Deque<JsonNode> parents = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        String next = parentId;
        for (int hop = 0; hop < maxHops; hop++) {
            if (!seen.add(next)) {
                throw new RejectedActivity("the reply chain loops at " + next);
            }
            JsonNode parent = fetch(next);
            if (parent == null) {
                return Optional.empty();
            }
            parents.push(parent);
            String up = NoteToComment.inReplyTo(parent);
            if (up == null) {
                return Optional.empty();
            }
            Optional<Target> ours = resolve.apply(up);
            if (ours.isPresent()) {
                return Optional.of(new Chain(ours.get(), parents));
            }
            next = up;
        }
        throw new RejectedActivity("the reply is more than " + maxHops + " unknown replies away from this site");
    }

    /** The parent as a post we may believe, or null when it cannot be fetched or is not one. */
    private JsonNode fetch(String id) {
        URI uri;
        try {
            uri = new URI(id);
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return null;
        }
        JsonNode doc;
        try {
            doc = fetcher.fetchObject(uri);
        } catch (RemoteFetchException e) {
            log.warn("Could not fetch the parent {} of a reply: {}", id, e.getMessage());
            throw new RejectedActivity("the parent " + id + " could not be fetched: " + e.getMessage());
        }
        String author = Lenient.idOf(doc.get("attributedTo"));
        if (!NoteAuthorship.isPost(doc) || author == null || !NoteAuthorship.sameOrigin(author, id)) {
            return null;
        }
        return doc;
    }
}
