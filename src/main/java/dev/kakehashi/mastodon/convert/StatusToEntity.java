package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusKind;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusPreview;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.CardEntity;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.mastodon.entity.MediaMetaEntity;
import dev.kakehashi.mastodon.entity.MentionEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntityBuilder;
import dev.kakehashi.mastodon.entity.TagEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The shared {@link Status} record as a Mastodon {@code Status}, whatever it was made from. An
 * article is its title in bold, its excerpt and a link, with a {@code card} for the permalink
 * (INTEROP B12.2); a remote Article or Page shows its name in bold above its content. What depends
 * on the reader (their flags, account ids) comes from the {@link StatusFacts}.
 */
public final class StatusToEntity {
    private StatusToEntity() {}

    /** @param account the author's {@code Account} entity */
    public static StatusEntity convert(Status s, AccountEntity account, StatusFacts facts) {
        boolean comment = s.kind() == StatusKind.COMMENT;
        // A comment's record has no counts: what the blog's authors did to it comes with its facts.
        StatusCounts n = comment ? facts.counts() : s.counts();
        StatusEntityBuilder b = new StatusEntityBuilder(
                        Long.toString(s.id()), s.uri(), s.url(), MastodonTime.datetime(s.created()), account)
                .content(content(s), s.visibility().wireName())
                .attachments(
                        s.attachments().stream()
                                .map(a -> attachment(a, comment))
                                .toList(),
                        mentions(s, facts),
                        s.tags().stream()
                                .map(t -> new TagEntity(t.name(), t.url()))
                                .toList())
                .counts(n.boosts(), n.likes(), n.replies())
                .inReplyTo(
                        s.replyTo() == null || s.replyTo().id() == null
                                ? null
                                : s.replyTo().id().toString(),
                        facts.inReplyToAccountId())
                .warning(s.sensitive(), s.spoiler())
                .editedAt(MastodonTime.datetime(s.edited()))
                .viewer(
                        facts.favourited(),
                        facts.reblogged(),
                        facts.muted(),
                        facts.bookmarked(),
                        !comment && s.author().isLocal() && facts.pinned());
        if (!comment) {
            b.card(card(s.preview()), s.language());
        }
        return b.build();
    }

    private static String content(Status s) {
        if (s.isArticle()) {
            String title = s.title() == null ? "" : "<p><strong>" + Entities.escape(s.title()) + "</strong></p>";
            String excerpt = s.summary();
            String body = excerpt == null || excerpt.isBlank() ? "" : "<p>" + Entities.escape(excerpt) + "</p>";
            String link = "<p><a href=\"" + Entities.escape(s.url()) + "\">" + Entities.escape(s.url()) + "</a></p>";
            return title + body + link;
        }
        boolean titled = s.kind() == StatusKind.REMOTE_POST && s.title() != null;
        return !titled ? s.html() : "<p><strong>" + Entities.escape(s.title()) + "</strong></p>" + s.html();
    }

    private static CardEntity card(StatusPreview p) {
        if (p == null) {
            return null;
        }
        return new CardEntity(
                p.url(),
                p.title(),
                p.description(),
                "link",
                "",
                "",
                p.providerName(),
                p.providerUrl(),
                "",
                p.width(),
                p.height(),
                p.imageUrl(),
                "",
                null);
    }

    /**
     * Our uploads carry their size and focal point; a remote post's files what their server said
     * (size and focal point); a comment's files nothing beyond their address and alt text.
     */
    private static MediaAttachmentEntity attachment(StatusAttachment a, boolean comment) {
        String type = a.kind().wireName();
        MediaMetaEntity.Focus focus =
                a.focusX() != null && a.focusY() != null ? new MediaMetaEntity.Focus(a.focusX(), a.focusY()) : null;
        if (!a.remote()) {
            MediaMetaEntity.Size size = MediaMetaEntity.Size.of(a.width(), a.height());
            return new MediaAttachmentEntity(
                    a.id(),
                    type,
                    a.url(),
                    a.url(),
                    null,
                    null,
                    null,
                    new MediaMetaEntity(size, size, focus),
                    a.description(),
                    null);
        }
        if (comment) {
            return new MediaAttachmentEntity(
                    a.id(), type, a.url(), a.url(), a.url(), a.url(), null, null, a.description(), null);
        }
        MediaMetaEntity.Size size =
                a.width() != null && a.height() != null ? MediaMetaEntity.Size.of(a.width(), a.height()) : null;
        return new MediaAttachmentEntity(
                a.id(),
                type,
                a.url(),
                a.url(),
                a.url(),
                null,
                null,
                new MediaMetaEntity(size, size, focus),
                a.description(),
                a.blurhash());
    }

    /** Only the mentions whose account is known get an entry: a mention needs an account id. */
    private static List<MentionEntity> mentions(Status s, StatusFacts facts) {
        List<MentionEntity> out = new ArrayList<>();
        for (StatusMention m : s.mentions()) {
            String id = m.actorUri() == null ? null : facts.mentionAccountIds().get(m.actorUri());
            if (id != null) {
                // Mastodon writes a local account's acct without its host.
                out.add(new MentionEntity(id, m.user(), m.profileUrl(), m.local() ? m.user() : m.acct()));
            }
        }
        return out;
    }
}
