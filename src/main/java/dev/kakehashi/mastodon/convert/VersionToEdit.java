package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.AnswerVersion;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEditEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostHistory;
import dev.kakehashi.service.RemotePostToStatusRecord;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * One version of a blog post, of a post from elsewhere or of an author's answer, as a Mastodon {@code StatusEdit}. An article's version shows its title
 * in bold over its whole body: an edit of an article changes the body, not the excerpt its status
 * shows, so the body is what a reader of the history wants to compare.
 */
public final class VersionToEdit {
    private final MediaToAttachment media;

    public VersionToEdit(Links links) {
        this.media = new MediaToAttachment(links);
    }

    /** @param account the author's {@code Account} entity */
    public StatusEditEntity convert(PostHistory.Version v, AccountEntity account) {
        String title = v.post().isArticle() && v.title() != null
                ? "<p><strong>" + Entities.escape(v.title()) + "</strong></p>"
                : "";
        String warning = v.contentWarning() == null ? "" : v.contentWarning();
        return new StatusEditEntity(
                title + v.bodyHtml(),
                warning,
                v.sensitive() || !warning.isEmpty(),
                MastodonTime.datetime(v.at()),
                account,
                null,
                v.media().stream().map(media::convert).toList(),
                List.of());
    }

    /**
     * An earlier version of an author's answer to a comment, with the account, attachments and emojis
     * of its current version (an edit changes an answer's text, content warning and sensitivity only).
     *
     * @param current the answer's current version, the last of its history
     */
    public StatusEditEntity convert(AnswerVersion v, StatusEditEntity current) {
        String warning = v.summary() == null ? "" : v.summary();
        return new StatusEditEntity(
                v.contentHtml(),
                warning,
                v.sensitive() || !warning.isEmpty(),
                MastodonTime.datetime(v.at()),
                current.account(),
                null,
                current.mediaAttachments(),
                current.emojis());
    }

    /**
     * A version of a post from elsewhere, shown as its status is ({@link RemotePostToStatus}): an
     * article's name in bold over its HTML, a note's summary as its content warning.
     *
     * @param account the remote author's {@code Account} entity
     */
    public StatusEditEntity convert(PostHistory.RemoteVersion v, AccountEntity account) {
        boolean titled =
                RemotePostToStatusRecord.TITLED.contains(v.post().content().type());
        String html = v.contentHtml() == null ? "" : v.contentHtml();
        if (titled && v.name() != null && !v.name().isBlank()) {
            html = "<p><strong>" + Entities.escape(v.name()) + "</strong></p>" + html;
        }
        String warning = !titled && v.summary() != null ? v.summary() : "";
        return new StatusEditEntity(
                html,
                warning,
                v.sensitive() || !warning.isBlank(),
                MastodonTime.datetime(v.at()),
                account,
                null,
                List.of(),
                List.of());
    }
}
