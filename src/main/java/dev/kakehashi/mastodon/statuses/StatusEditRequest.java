package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.media.FocusPoint;
import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code PUT /api/v1/statuses/:id} asks for, checked: the new text, the images (kept when
 * {@code media_ids} is not sent) with their new descriptions, whether they are sensitive and the
 * language and the content warning (each kept when not sent; a blank {@code spoiler_text} removes
 * the warning), and a visibility that may not change.
 * An article edited from an app keeps its title, slug, excerpt, cover and tags: the text is its body
 * Markdown, which is what {@code /source} gives the app to edit.
 *
 * @param mediaIds the images in order, or null to keep the post's
 * @param descriptions new descriptions by image id ({@code media_attributes[]})
 * @param focuses new focal points by image id ({@code media_attributes[][focus]})
 * @param spoilerText the new content warning, blank for none, or null to keep the post's
 */
public record StatusEditRequest(
        String text,
        List<Long> mediaIds,
        Map<Long, String> descriptions,
        Map<Long, FocalPoint> focuses,
        Visibility visibility,
        Boolean sensitive,
        String language,
        String spoilerText) {

    public static StatusEditRequest from(MastodonBody body) {
        Boolean sensitive = body.bool("sensitive").orElse(null);
        String language = ProfileService.language(body.string("language").orElse(null), "language");
        String visibility = body.string("visibility").map(String::strip).orElse("");
        if (!visibility.isEmpty() && !StatusRequest.VISIBILITIES.contains(visibility)) {
            throw InvalidInputException.of("visibility", "Visibility is not included in the list");
        }
        List<Long> media = null;
        if (body.has("media_ids")) {
            media = new ArrayList<>();
            for (String raw : body.list("media_ids")) {
                if (!raw.isBlank()) {
                    media.add(id("media_ids", raw));
                }
            }
        }
        Map<Long, String> descriptions = new LinkedHashMap<>();
        Map<Long, FocalPoint> focuses = new LinkedHashMap<>();
        for (MastodonBody attr : body.objects("media_attributes")) {
            long id = id("media_attributes", attr.string("id").orElse(""));
            FocalPoint focus = FocusPoint.parse(attr.stringOrNull("focus"));
            if (focus != null) {
                focuses.put(id, focus);
            }
            attr.string("description").ifPresent(d -> descriptions.put(id, d));
        }
        return new StatusEditRequest(
                body.string("status").orElse(""),
                media,
                descriptions,
                focuses,
                visibility.isEmpty() ? null : Visibility.parse(visibility),
                sensitive,
                language,
                body.has("spoiler_text") ? body.string("spoiler_text").orElse("") : null);
    }

    /**
     * The edit of an author's answer to a comment: its text, content warning and sensitivity (an
     * answer has no images, poll or language of its own; it is in the blog's).
     */
    public AnswerService.Edit answerEdit() {
        return new AnswerService.Edit(text, spoilerText, sensitive);
    }

    /** The post's content with this text and these images; everything else stays. */
    public PostInput input(Post p) {
        List<Long> images = mediaIds != null
                ? mediaIds
                : p.attachments().stream().map(Media::id).toList();
        PostInput.Builder edit = PostInput.builder(p.isArticle() ? PostKind.ARTICLE : PostKind.NOTE)
                .body(text)
                .attachmentIds(images)
                .commentsClosed(p.commentsClosed())
                .visibility(visibility)
                .sensitive(sensitive)
                .language(language)
                .contentWarning(spoilerText);
        if (p.isArticle()) {
            return edit.title(p.title())
                    .slug(p.slug())
                    .excerpt(p.excerpt())
                    .tags(String.join(", ", p.tags()))
                    .coverId(p.cover() == null ? null : p.cover().id())
                    .build();
        }
        // A short post's tags are the #hashtags of its text, as on Mastodon.
        return edit.tags("").build();
    }

    private static long id(String field, String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the field error below
        }
        throw InvalidInputException.of(field, field + " must be an id");
    }
}
