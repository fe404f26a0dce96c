package dev.kakehashi.service;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.MediaState;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostLimits;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.service.content.Hashtags;
import dev.kakehashi.service.content.Slugs;
import dev.kakehashi.service.content.Tags;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.UnprocessableException;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks what an author submits for a post and turns it into content to store. */
final class PostContentCheck {
    /** Mastodon's words for a status that names an upload still processing. */
    static final String NOT_READY = "Cannot attach files that have not finished processing. Try again in a moment!";

    private final PostRepository posts;
    private final MediaRepository media;
    private final PostRendering rendering;
    private final Clock clock;

    PostContentCheck(PostRepository posts, MediaRepository media, PostRendering rendering, Clock clock) {
        this.posts = posts;
        this.media = media;
        this.rendering = rendering;
        this.clock = clock;
    }

    /**
     * The checked content of {@code in} for {@code post} (owned by {@code ownerId}), every field error
     * at once.
     *
     * @throws dev.kakehashi.service.error.InvalidInputException listing the fields to correct
     */
    PostContent check(Post post, long ownerId, PostInput in, PostAction action) {
        Validator v = new Validator();
        boolean article = post.kind() == PostKind.ARTICLE;
        String title = null;
        String slug = null;
        String excerpt = null;
        String body;
        if (article) {
            title = v.text("title", "Title", in.title(), true, PostLimits.TITLE_MAX_CHARS);
            body = v.text("body", "Body", in.body(), true, PostLimits.BODY_MAX_CHARS);
            excerpt = v.text("excerpt", "Excerpt", in.excerpt(), false, PostLimits.EXCERPT_MAX_CHARS);
            excerpt = excerpt.isEmpty() ? null : excerpt;
            slug = slug(v, post, in.slug(), title);
        } else {
            v.check(in.title() == null || in.title().isBlank(), "title", "A short post has no title");
            body = v.text("body", "Body", in.body(), true, PostLimits.SHORT_POST_MAX_CHARS);
        }
        String warning = contentWarning(v, post, in, body);
        Set<String> tags = Tags.parse(in.tags());
        if (!article) {
            tags.addAll(Hashtags.find(body));
        }
        for (String t : tags) {
            v.check(Tags.VALID.matcher(t).matches(), "tags", "Tags may use letters, digits and _ only: " + t);
        }
        v.check(tags.size() <= PostLimits.MAX_TAGS, "tags", "At most " + PostLimits.MAX_TAGS + " tags");
        if (action instanceof PostAction.Schedule s) {
            v.check(
                    s.at() != null && s.at().isAfter(clock.instant()),
                    "scheduledAt",
                    "The publication time must be in the future");
        }
        Media cover = in.coverId() == null ? null : ownMedia(v, "cover", in.coverId(), ownerId);
        List<Media> attachments = new ArrayList<>();
        List<Long> ids = in.attachmentIds() == null ? List.of() : in.attachmentIds();
        v.check(
                ids.size() <= PostLimits.MAX_ATTACHMENTS,
                "attachments",
                "At most " + PostLimits.MAX_ATTACHMENTS + " images");
        for (Long id : ids.stream().distinct().toList()) {
            Media m = ownMedia(v, "attachments", id, ownerId);
            if (m != null) {
                attachments.add(m);
            }
        }
        v.throwIfInvalid();
        // The site's own images are stored as /media/ paths, so a new base URL does not break them.
        body = rendering.relativeMedia(body);
        return new PostContent(title, slug, body, excerpt, cover, tags, attachments, warning);
    }

    /**
     * The content warning to store: the one asked for, or the post's when none is (blank: none). As on
     * Mastodon it counts toward a short post's length; an article has none (its summary is its excerpt).
     */
    private static String contentWarning(Validator v, Post post, PostInput in, String body) {
        String asked = in.contentWarning() == null ? post.contentWarning() : in.contentWarning();
        String warning =
                v.text("contentWarning", "Content warning", asked, false, PostLimits.CONTENT_WARNING_MAX_CHARS);
        if (warning.isEmpty()) {
            return null;
        }
        v.check(
                post.kind() != PostKind.ARTICLE,
                "contentWarning",
                "An article has no content warning: its excerpt is what the fediverse shows first");
        v.check(
                v.hasErrorFor("contentWarning")
                        || v.hasErrorFor("body")
                        || warning.codePointCount(0, warning.length()) + body.codePointCount(0, body.length())
                                <= PostLimits.SHORT_POST_MAX_CHARS,
                "contentWarning",
                "The text and its content warning together must be at most " + PostLimits.SHORT_POST_MAX_CHARS
                        + " characters");
        return warning;
    }

    private String slug(Validator v, Post post, String requested, String title) {
        String slug = requested == null ? "" : requested.strip();
        if (!slug.isEmpty()) {
            v.check(
                    slug.length() <= PostLimits.SLUG_MAX_CHARS
                            && Slugs.VALID.matcher(slug).matches(),
                    "slug",
                    "Slug may use lower-case letters, digits and single dashes");
            v.check(
                    v.hasErrorFor("slug") || !posts.slugTaken(slug, post.id()),
                    "slug",
                    "Another post already uses this slug");
            return slug;
        }
        boolean neverShown = post.status() == PostStatus.DRAFT && post.publishedAt() == null;
        if (post.slug() != null && !neverShown) {
            return post.slug(); // links already shared must keep working; a draft's follows its title
        }
        String base = Slugs.fromTitle(title == null ? "" : title, PostLimits.SLUG_MAX_CHARS - 12);
        if (base.isEmpty()) {
            base = Long.toString(post.id());
        }
        String candidate = base;
        for (int n = 2; posts.slugTaken(candidate, post.id()); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private Media ownMedia(Validator v, String field, long id, long ownerId) {
        Media m = media.byId(id).filter(x -> x.ownerId() == ownerId).orElse(null);
        v.check(m != null, field, "Unknown image " + id);
        if (m != null && m.state() != MediaState.READY) {
            // An app's upload still processing (POST /api/v2/media), or whose processing failed.
            throw new UnprocessableException(NOT_READY);
        }
        return m;
    }

    /** A reply's target: an absolute http(s) URL of a post elsewhere, or nothing. */
    static String replyTarget(String raw) {
        String target = raw == null ? "" : raw.strip();
        if (target.isEmpty()) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(target);
            if (target.length() <= 2048
                    && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return target;
            }
        } catch (java.net.URISyntaxException e) {
            // the field error below
        }
        throw InvalidInputException.of("inReplyTo", "The post this replies to must be an http(s) address.");
    }
}
