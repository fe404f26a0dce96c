package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;

/**
 * A post's content as received; {@code contentHtml} is already sanitized.
 *
 * @param sensitive its media shows behind a warning ({@code sensitive: true}, as Mastodon sends it)
 * @param language the ISO 639 language of its content (the key of its {@code contentMap}), or null
 * @param inReplyTo the id of the post it answers, or null
 * @param tags its hashtags, as received; a post read back from the store has none here (a page
 *     loads those of all its posts at once)
 * @param mentions who it mentions, as received; read back as {@code tags} are
 */
public record RemotePostContent(
        String uri,
        String actorUri,
        String type,
        String url,
        String name,
        String contentHtml,
        String summary,
        Instant published,
        Instant updated,
        boolean sensitive,
        String language,
        String inReplyTo,
        List<RemoteTag> tags,
        List<RemoteMention> mentions) {
    public RemotePostContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** The same content, edited at {@code at}. */
    public RemotePostContent updatedAt(Instant at) {
        return new RemotePostContent(
                uri,
                actorUri,
                type,
                url,
                name,
                contentHtml,
                summary,
                published,
                at,
                sensitive,
                language,
                inReplyTo,
                tags,
                mentions);
    }
}
