package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.ReplyNote;
import dev.kakehashi.federation.vocab.TagObject;
import dev.kakehashi.federation.vocab.Tombstone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An author's answer as a {@code Note} in reply to the comment, addressed like the post it is under
 * ({@link Addressing}): on a public post to Public, cc the author's followers and everyone mentioned
 * (the person answered first); on a followers-only post to the followers, cc the mentioned, never
 * Public; on a direct post to the person answered only. A {@code Mention} tag for each addressed
 * person, the content starting with the answered person's mention. Mastodon drops a reply to one of
 * its users that neither addresses nor tags them (INTEROP A7.3, A7.4).
 */
public final class AnswerToNote {
    private final ActorIds ids;

    public AnswerToNote(ActorIds ids) {
        this.ids = ids;
    }

    /**
     * @param mentions the people the answer mentions, the person answered first
     * @param by the local actor the answer is from (its {@code actor_uri})
     * @param thread the visibility of the post the answer is under
     */
    public ReplyNote convert(
            Comment answer,
            String inReplyTo,
            List<PostMention> mentions,
            ActorRef by,
            String language,
            Visibility thread) {
        String content =
                FediverseHtml.clean(answer.content().contentHtml(), ids.links().base());
        List<TagObject> tags = new ArrayList<>();
        Addressing addressing = addressing(mentions, by, thread, tags);
        return new ReplyNote(
                Contexts.object(),
                ids.comment(answer.id()),
                "Note",
                ids.actor(by),
                inReplyTo,
                answer.content().summary(),
                content,
                Map.of(language, content),
                answer.url(),
                ApJson.date(answer.published()),
                answer.content().updated() == null
                        ? null
                        : ApJson.date(answer.content().updated()),
                addressing.to(),
                addressing.cc(),
                answer.content().sensitive(),
                tags);
    }

    /** Who hears the answer; {@code tags} gets a Mention for each actor addressed. */
    private Addressing addressing(List<PostMention> mentions, ActorRef by, Visibility thread, List<TagObject> tags) {
        // In a direct thread only the person answered hears it, whoever else the text names.
        List<PostMention> addressed =
                thread == Visibility.DIRECT && !mentions.isEmpty() ? mentions.subList(0, 1) : mentions;
        Set<String> mentioned = new LinkedHashSet<>();
        for (PostMention m : addressed) {
            if (m.actorUri() != null && mentioned.add(m.actorUri())) {
                tags.add(new TagObject("Mention", m.handle(), m.actorUri()));
            }
        }
        return Addressing.of(thread, ids.followers(by), List.copyOf(mentioned));
    }

    /**
     * The Delete of a deleted answer ({@code deletedAt} set), addressed as its Create was, which
     * Mastodon needs to act on it; the object is its Tombstone.
     */
    public Activity delete(
            Comment answer, List<PostMention> mentions, ActorRef by, Visibility thread, java.time.Instant deletedAt) {
        Addressing a = addressing(mentions, by, thread, new ArrayList<>());
        String deleted = ApJson.date(deletedAt);
        return new Activity(
                Contexts.object(),
                ids.comment(answer.id()) + "#delete",
                ActivityType.DELETE,
                ids.actor(by),
                deleted,
                a.to(),
                a.cc(),
                new Tombstone(null, ids.comment(answer.id()), "Tombstone", "Note", deleted));
    }

    /** The Create sent to the followers and the people addressed, with the same addressing. */
    public Activity create(ReplyNote note, long answerId) {
        return new Activity(
                Contexts.object(),
                ids.commentCreate(answerId),
                ActivityType.CREATE,
                note.attributedTo(),
                note.published(),
                note.to(),
                note.cc(),
                note.withoutContext());
    }

    /**
     * The Update of an edited answer, to the same people as its Create (the addressing is the
     * answer's, which an edit keeps); its id names the edit, so each edit is a new activity.
     */
    public Activity update(ReplyNote note, long answerId, java.time.Instant editedAt) {
        return new Activity(
                Contexts.object(),
                ids.commentUpdate(answerId, editedAt),
                ActivityType.UPDATE,
                note.attributedTo(),
                note.updated(),
                note.to(),
                note.cc(),
                note.withoutContext());
    }

    public Tombstone tombstone(Comment answer) {
        return new Tombstone(
                Contexts.collection(), ids.comment(answer.id()), "Tombstone", "Note", ApJson.date(answer.deletedAt()));
    }
}
