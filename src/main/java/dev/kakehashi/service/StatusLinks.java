package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteMention;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusTag;
import dev.kakehashi.store.RemotePostTagRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page's statuses point at beyond themselves, loaded with the page: the account of the author
 * of each status replied to, by the target's id (URI); the hashtags and mentions of the posts from
 * elsewhere, by post id; and the accounts of the actors those mention, by actor id. An account is
 * its id in the Mastodon API: a remote actor's in the cache, an author's own; one not known here is
 * absent.
 */
public record StatusLinks(
        Map<String, Long> replyAccounts,
        Map<String, Long> keptReplies,
        Map<Long, List<StatusTag>> tags,
        Map<Long, List<StatusMention>> mentions,
        Map<String, Long> mentionedAccounts) {
    public static final StatusLinks NONE = new StatusLinks(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * The status id a post from elsewhere answers: the reader's copy of a note also kept as a comment
     * (as the timelines show it), else the one of {@code ids}; null when the target is unknown here.
     */
    public Long replyFromElsewhere(Map<String, Long> ids, String target) {
        if (target == null) {
            return null;
        }
        Long kept = keptReplies.get(target);
        return kept != null ? kept : ids.get(target);
    }

    /** The hashtags of a post from elsewhere; empty when none. */
    public List<StatusTag> tagsOf(long remotePostId) {
        return tags.getOrDefault(remotePostId, List.of());
    }

    /** Who a post from elsewhere mentions; empty when nobody. */
    public List<StatusMention> mentionsOf(long remotePostId) {
        return mentions.getOrDefault(remotePostId, List.of());
    }

    /**
     * The links of a page from what it loaded: its reply targets, its remote posts' hashtags and
     * mentions, and the remote actors it knows. A hashtag links to the blog's page of it (as Mastodon
     * links its own); a mention to the actor's profile, an author's here.
     */
    static StatusLinks of(
            Map<String, PageReplyTargets.Target> targets,
            RemotePostTagRepository.Tagged tagged,
            Map<String, RemoteActor> known,
            Links links) {
        Map<String, Long> replyAccounts = new HashMap<>();
        Map<String, Long> keptReplies = new HashMap<>();
        targets.forEach((uri, t) -> {
            if (t.keptId() != null) {
                keptReplies.put(uri, t.keptId());
            }
            Long account = t.accountId() != null ? t.accountId() : idOf(known.get(t.actorUri()));
            if (account != null) {
                replyAccounts.put(uri, account);
            }
        });
        Map<Long, List<StatusTag>> tags = new HashMap<>();
        tagged.tags()
                .forEach((post, list) -> tags.put(
                        post,
                        list.stream()
                                .map(t -> new StatusTag(t.name(), links.tag(t.name())))
                                .toList()));
        Map<Long, List<StatusMention>> mentions = new HashMap<>();
        Map<String, Long> mentioned = new HashMap<>();
        tagged.mentions()
                .forEach((post, list) -> mentions.put(
                        post,
                        list.stream()
                                .map(m -> mention(m, known.get(m.actorUri()), links, mentioned))
                                .toList()));
        return new StatusLinks(replyAccounts, keptReplies, tags, mentions, mentioned);
    }

    /** A mention as the status shows it, noting the account it names when that is known. */
    private static StatusMention mention(RemoteMention m, RemoteActor actor, Links links, Map<String, Long> mentioned) {
        Optional<Long> author = links.local(m.actorUri()).flatMap(LocalUrl::authorId);
        if (author.isPresent()) {
            mentioned.put(m.actorUri(), author.get());
            return new StatusMention(m.acct(), m.actorUri(), links.author(m.user()), true);
        }
        if (actor == null) {
            return new StatusMention(m.acct(), m.actorUri(), m.actorUri(), false);
        }
        mentioned.put(m.actorUri(), actor.id());
        String url = actor.url() != null ? actor.url() : actor.uri();
        return new StatusMention(actor.preferredUsername() != null ? actor.acct() : m.acct(), m.actorUri(), url, false);
    }

    private static Long idOf(RemoteActor actor) {
        return actor == null ? null : actor.id();
    }
}
