package dev.kakehashi.service;

import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Visibility;
import java.util.List;

/**
 * What an author submits for a post, unchecked.
 *
 * @param tags as typed: "#java, travel"
 * @param coverId an image the author uploaded, or null
 * @param attachmentIds images shown with a short post, in order
 * @param commentsClosed replies from the fediverse are refused and the page says so
 * @param inReplyTo the id of a remote post this one answers (set when it is created), or blank
 * @param visibility who may see it; null keeps the post's (the author's default for a new one). It
 *     cannot change once the post is published: followers' servers already hold it with its addressing
 * @param sensitive its media shows behind a warning; null keeps the post's (the author's default
 *     for a new one)
 * @param language an ISO 639 code; null keeps the post's (the author's default for a new one)
 * @param quote the id (URI) of the post a new one quotes, checked by the caller, or null
 * @param contentWarning what readers see before a short post's text; null keeps the post's (none for
 *     a new one), blank removes it. An article has none: its summary is its excerpt
 */
public record PostInput(
        PostKind kind,
        String title,
        String slug,
        String body,
        String excerpt,
        String tags,
        Long coverId,
        List<Long> attachmentIds,
        boolean commentsClosed,
        String inReplyTo,
        Visibility visibility,
        Boolean sensitive,
        String language,
        String quote,
        String contentWarning) {

    /** A post of this kind with nothing else set: each field is null, false or empty until given. */
    public static Builder builder(PostKind kind) {
        return new Builder(kind);
    }

    /** Names each field a caller sets; what it leaves out is null (kept, or the default), false or empty. */
    public static final class Builder {
        private final PostKind kind;
        private String title;
        private String slug;
        private String body;
        private String excerpt;
        private String tags;
        private Long coverId;
        private List<Long> attachmentIds = List.of();
        private boolean commentsClosed;
        private String inReplyTo;
        private Visibility visibility;
        private Boolean sensitive;
        private String language;
        private String quote;
        private String contentWarning;

        private Builder(PostKind kind) {
            this.kind = kind;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        public Builder coverId(Long coverId) {
            this.coverId = coverId;
            return this;
        }

        public Builder attachmentIds(List<Long> attachmentIds) {
            this.attachmentIds = attachmentIds;
            return this;
        }

        public Builder commentsClosed(boolean commentsClosed) {
            this.commentsClosed = commentsClosed;
            return this;
        }

        public Builder inReplyTo(String inReplyTo) {
            this.inReplyTo = inReplyTo;
            return this;
        }

        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder sensitive(Boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder quote(String quote) {
            this.quote = quote;
            return this;
        }

        public Builder contentWarning(String contentWarning) {
            this.contentWarning = contentWarning;
            return this;
        }

        public PostInput build() {
            return new PostInput(
                    kind,
                    title,
                    slug,
                    body,
                    excerpt,
                    tags,
                    coverId,
                    attachmentIds,
                    commentsClosed,
                    inReplyTo,
                    visibility,
                    sensitive,
                    language,
                    quote,
                    contentWarning);
        }
    }
}
