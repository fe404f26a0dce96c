package dev.kakehashi.mastodon.entity;

import java.util.List;

/**
 * Builds a {@link StatusEntity}: a converter sets what its source has, and every other field keeps
 * Mastodon's empty value (no media, mentions, tags or emojis, no counts, nothing the viewer did).
 */
public final class StatusEntityBuilder {
    private final String id;
    private final String uri;
    private final String url;
    private final String createdAt;
    private final AccountEntity account;
    private String content = "";
    private String visibility = "public";
    private boolean sensitive;
    private String spoilerText = "";
    private List<MediaAttachmentEntity> mediaAttachments = List.of();
    private ApplicationEntity application;
    private List<MentionEntity> mentions = List.of();
    private List<TagEntity> tags = List.of();
    private List<Object> emojis = List.of();
    private long reblogsCount;
    private long favouritesCount;
    private long repliesCount;
    private long quotesCount;
    private String inReplyToId;
    private String inReplyToAccountId;
    private StatusEntity reblog;
    private Object poll;
    private CardEntity card;
    private String language;
    private String editedAt;
    private boolean favourited;
    private boolean reblogged;
    private boolean muted;
    private boolean bookmarked;
    private boolean pinned;
    private List<Object> filtered = List.of();
    private Object quote;
    private String text;

    public StatusEntityBuilder(String id, String uri, String url, String createdAt, AccountEntity account) {
        this.id = id;
        this.uri = uri;
        this.url = url;
        this.createdAt = createdAt;
        this.account = account;
    }

    /** A builder holding every field of {@code s}, to answer the same status with a change. */
    public static StatusEntityBuilder from(StatusEntity s) {
        StatusEntityBuilder b = new StatusEntityBuilder(s.id(), s.uri(), s.url(), s.createdAt(), s.account());
        b.content = s.content();
        b.visibility = s.visibility();
        b.sensitive = s.sensitive();
        b.spoilerText = s.spoilerText();
        b.mediaAttachments = s.mediaAttachments();
        b.application = s.application();
        b.mentions = s.mentions();
        b.tags = s.tags();
        b.emojis = s.emojis();
        b.reblogsCount = s.reblogsCount();
        b.favouritesCount = s.favouritesCount();
        b.repliesCount = s.repliesCount();
        b.quotesCount = s.quotesCount();
        b.inReplyToId = s.inReplyToId();
        b.inReplyToAccountId = s.inReplyToAccountId();
        b.reblog = s.reblog();
        b.poll = s.poll();
        b.card = s.card();
        b.language = s.language();
        b.editedAt = s.editedAt();
        b.favourited = s.favourited();
        b.reblogged = s.reblogged();
        b.muted = s.muted();
        b.bookmarked = s.bookmarked();
        b.pinned = s.pinned();
        b.filtered = s.filtered();
        b.quote = s.quote();
        b.text = s.text();
        return b;
    }

    public StatusEntityBuilder content(String html, String visibility) {
        this.content = html;
        this.visibility = visibility;
        return this;
    }

    /** The content warning; a status with one is sensitive whatever {@code sensitive} says. */
    public StatusEntityBuilder warning(boolean sensitive, String spoilerText) {
        this.spoilerText = spoilerText == null ? "" : spoilerText;
        this.sensitive = sensitive || !this.spoilerText.isBlank();
        return this;
    }

    public StatusEntityBuilder attachments(
            List<MediaAttachmentEntity> media, List<MentionEntity> mentions, List<TagEntity> tags) {
        this.mediaAttachments = media;
        this.mentions = mentions;
        this.tags = tags;
        return this;
    }

    public StatusEntityBuilder counts(long reblogs, long favourites, long replies) {
        this.reblogsCount = reblogs;
        this.favouritesCount = favourites;
        this.repliesCount = replies;
        return this;
    }

    public StatusEntityBuilder inReplyTo(String statusId, String accountId) {
        this.inReplyToId = statusId;
        this.inReplyToAccountId = accountId;
        return this;
    }

    /** What the viewer did to the status. */
    public StatusEntityBuilder viewer(
            boolean favourited, boolean reblogged, boolean muted, boolean bookmarked, boolean pinned) {
        this.favourited = favourited;
        this.reblogged = reblogged;
        this.muted = muted;
        this.bookmarked = bookmarked;
        this.pinned = pinned;
        return this;
    }

    public StatusEntityBuilder reblog(StatusEntity boosted) {
        this.reblog = boosted;
        return this;
    }

    public StatusEntityBuilder card(CardEntity card, String language) {
        this.card = card;
        this.language = language;
        return this;
    }

    /** Mastodon 4.5's {@code quote}: a {@link QuoteEntity}, or null for a status that quotes nothing. */
    public StatusEntityBuilder quote(QuoteEntity quote) {
        this.quote = quote;
        return this;
    }

    /** The status's {@link PollEntity}, or null for none. */
    public StatusEntityBuilder poll(PollEntity poll) {
        this.poll = poll;
        return this;
    }

    public StatusEntityBuilder editedAt(String editedAt) {
        this.editedAt = editedAt;
        return this;
    }

    public StatusEntityBuilder filtered(List<?> results) {
        this.filtered = List.copyOf(results);
        return this;
    }

    public StatusEntityBuilder text(String source) {
        this.text = source;
        return this;
    }

    public StatusEntity build() {
        return new StatusEntity(
                id,
                uri,
                url,
                createdAt,
                account,
                content,
                visibility,
                sensitive,
                spoilerText,
                mediaAttachments,
                application,
                mentions,
                tags,
                emojis,
                reblogsCount,
                favouritesCount,
                repliesCount,
                quotesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                poll,
                card,
                language,
                editedAt,
                favourited,
                reblogged,
                muted,
                bookmarked,
                pinned,
                filtered,
                quote,
                text);
    }
}
