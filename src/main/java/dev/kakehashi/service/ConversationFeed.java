package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An author's conversations as the Mastodon API reads them: each with its other participants and
 * its last status, a page loaded with a fixed number of queries; marked read, or hidden.
 */
public final class ConversationFeed {
    private final Transactions tx;
    private final ConversationRepository conversations;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteActorRepository actors;
    private final StatusQueries statuses;

    public ConversationFeed(
            Transactions tx,
            ConversationRepository conversations,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteActorRepository actors,
            StatusQueries statuses) {
        this.tx = tx;
        this.conversations = conversations;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.actors = actors;
        this.statuses = statuses;
    }

    /** One conversation: its other participants (actor URIs) and its last status's id. */
    public record Conversation(long id, boolean unread, List<String> memberUris, long lastStatusId) {}

    /** A page of conversations with their last statuses in one batch and the participants known. */
    public record Page(List<Conversation> items, StatusBatch statuses, Map<String, RemoteActor> actors) {}

    /** The author's conversations in a range of last status ids (what the Link header pages by). */
    public <T> T page(long accountId, IdRange range, Function<Page, T> view) {
        return tx.call(() -> view.apply(load(accountId, conversations.page(accountId, range))));
    }

    /** Marks a conversation read and answers it; 404 when it is not the author's. */
    public <T> T read(long accountId, long id, Function<Page, T> view) {
        return tx.call(() -> {
            ConversationRepository.Row row = owned(accountId, id);
            conversations.markRead(id);
            return view.apply(
                    load(accountId, List.of(new ConversationRepository.Row(row.id(), row.lastStatusId(), false))));
        });
    }

    /** One conversation as it stands, left unread if it was; 404 when it is not the author's. */
    public <T> T one(long accountId, long id, Function<Page, T> view) {
        return tx.call(() -> view.apply(load(accountId, List.of(owned(accountId, id)))));
    }

    /** Hides a conversation until a new status arrives in it; 404 when it is not the author's. */
    public void remove(long accountId, long id) {
        tx.run(() -> {
            owned(accountId, id);
            conversations.hide(id);
        });
    }

    private ConversationRepository.Row owned(long accountId, long id) {
        return conversations.one(accountId, id).orElseThrow(() -> ServiceException.notFound("Conversation"));
    }

    private Page load(long accountId, List<ConversationRepository.Row> rows) {
        Map<Long, Set<String>> members = conversations.members(
                rows.stream().map(ConversationRepository.Row::id).toList());
        Set<Long> lastIds =
                rows.stream().map(ConversationRepository.Row::lastStatusId).collect(Collectors.toSet());
        List<StatusSource> items = new ArrayList<>();
        posts.byIds(lastIds).stream()
                .filter(p -> p.author().id() == accountId)
                .forEach(p -> items.add(new StatusSource.Local(p)));
        remotePosts.liveByIds(lastIds).forEach(p -> items.add(new StatusSource.Remote(p)));
        Set<String> everyone = new HashSet<>();
        members.values().forEach(everyone::addAll);
        Map<String, RemoteActor> known =
                actors.byUris(everyone).stream().collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
        List<Conversation> shown = rows.stream()
                .map(r -> new Conversation(
                        r.id(), r.unread(), List.copyOf(members.getOrDefault(r.id(), Set.of())), r.lastStatusId()))
                .toList();
        return new Page(shown, statuses.batchOf(items, accountId), known);
    }
}
