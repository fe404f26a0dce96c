package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A post's content as received; {@code contentHtml} is already sanitized.
 *
 * @param sensitive its media shows behind a warning ({@code sensitive: true}, as Mastodon sends it)
 * @param language the ISO 639 language of its content (the key of its {@code contentMap}), or null
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
        String language) {

    /** Content neither marked sensitive nor in a known language. */
    public RemotePostContent(
            String uri,
            String actorUri,
            String type,
            String url,
            String name,
            String contentHtml,
            String summary,
            Instant published,
            Instant updated) {
        this(uri, actorUri, type, url, name, contentHtml, summary, published, updated, false, null);
    }

    /** The same content, edited at {@code at}. */
    public RemotePostContent updatedAt(Instant at) {
        return new RemotePostContent(
                uri, actorUri, type, url, name, contentHtml, summary, published, at, sensitive, language);
    }
}
