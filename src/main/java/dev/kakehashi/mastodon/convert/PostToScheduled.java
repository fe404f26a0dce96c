package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.mastodon.entity.ScheduledStatusEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;

/** A scheduled blog post as Mastodon's {@code ScheduledStatus}: its text is the post's Markdown. */
public final class PostToScheduled {
    private final MediaToAttachment media;

    public PostToScheduled(Links links) {
        this.media = new MediaToAttachment(links);
    }

    /** @param inReplyToId the status id it will answer, as the app sent it, or null */
    public ScheduledStatusEntity convert(Post p, String inReplyToId) {
        String at = MastodonTime.datetime(p.scheduledAt());
        return new ScheduledStatusEntity(
                Long.toString(p.id()),
                at,
                new ScheduledStatusEntity.Params(
                        p.bodyMarkdown(),
                        p.attachments().stream().map(m -> Long.toString(m.id())).toList(),
                        p.sensitive() || p.contentWarning() != null,
                        p.contentWarning(),
                        p.visibility().wireName(),
                        inReplyToId,
                        p.language(),
                        at,
                        null),
                p.attachments().stream().map(media::convert).toList());
    }
}
