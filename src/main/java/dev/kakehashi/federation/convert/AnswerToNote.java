package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.PostMention;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.ReplyNote;
import dev.kakehashi.federation.vocab.TagObject;
import dev.kakehashi.federation.vocab.Tombstone;
import dev.kakehashi.store.AnswerRepository.CommentRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An author's answer as a public {@code Note} in reply to the comment: to Public, cc the author's
 * followers and everyone mentioned (the person answered first), a {@code Mention} tag for each, the
 * content starting with the answered person's mention. Mastodon drops a reply to one of its users
 * that neither addresses nor tags them (INTEROP A7.3, A7.4).
 */
public final class AnswerToNote {
    private final ActorIds ids;

    public AnswerToNote(ActorIds ids) {
        this.ids = ids;
    }

    /** @param by the local actor the answer is from (its {@code actor_uri}) */
    public ReplyNote convert(
            CommentRow answer, String inReplyTo, List<PostMention> mentions, ActorRef by, String language) {
        String content = MastodonHtml.clean(answer.contentHtml(), ids.links().base());
        Set<String> cc = new LinkedHashSet<>();
        cc.add(ids.followers(by));
        List<TagObject> tags = new ArrayList<>();
        for (PostMention m : mentions) {
            if (m.actorUri() != null && cc.add(m.actorUri())) {
                tags.add(new TagObject("Mention", m.handle(), m.actorUri()));
            }
        }
        return new ReplyNote(
                Contexts.object(),
                ids.comment(answer.id()),
                "Note",
                ids.actor(by),
                inReplyTo,
                content,
                Map.of(language, content),
                answer.url(),
                ApJson.date(answer.published()),
                List.of(Contexts.PUBLIC),
                List.copyOf(cc),
                false,
                tags);
    }

    /** The Create sent to the followers and the people addressed, with the same addressing. */
    public Activity create(ReplyNote note, long answerId) {
        return new Activity(
                Contexts.object(),
                ids.commentCreate(answerId),
                "Create",
                note.attributedTo(),
                note.published(),
                note.to(),
                note.cc(),
                note.withoutContext());
    }

    public Tombstone tombstone(CommentRow answer) {
        return new Tombstone(
                Contexts.collection(), ids.comment(answer.id()), "Tombstone", "Note", ApJson.date(answer.deletedAt()));
    }
}
