package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.PostAction;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code POST /api/v1/statuses} asks for, checked: the text, media, the status replied to,
 * its content warning, who may see it, and when to publish.
 *
 * @param inReplyToId the status answered, or null
 * @param scheduledAt when to publish, or null for now
 * @param visibility who may see it, or null for the author's default ({@code source[privacy]})
 * @param sensitive its media behind a warning, or null for the author's default (a content warning
 *     hides them whatever this says)
 * @param language an ISO 639 code, or null for the author's default
 * @param quotedId the status quoted ({@code quoted_status_id}, Mastodon 4.5), or null
 * @param spoilerText the content warning ({@code spoiler_text}), blank for none
 * @param poll the poll ({@code poll[options][]}, {@code poll[expires_in]}, ...), checked, or null
 */
public record StatusRequest(
        String text,
        List<Long> mediaIds,
        Long inReplyToId,
        Instant scheduledAt,
        Visibility visibility,
        Boolean sensitive,
        String language,
        Long quotedId,
        String spoilerText,
        PollInput poll) {
    public static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private", "direct");

    /**
     * The request in {@code body}; a {@code scheduled_at} less than {@code minLead} after {@code now}
     * is refused (Mastodon's rule is five minutes, the operator's setting {@code schedule.min.lead.seconds}).
     */
    public static StatusRequest from(MastodonBody body, Instant now, Duration minLead) {
        String visibility = body.string("visibility").map(String::strip).orElse("");
        if (!visibility.isEmpty() && !VISIBILITIES.contains(visibility)) {
            throw InvalidInputException.of("visibility", "Visibility is not included in the list");
        }
        Boolean sensitive = body.bool("sensitive").orElse(null);
        String language = ProfileService.language(body.string("language").orElse(null), "language");
        List<Long> media = new ArrayList<>();
        for (String raw : body.list("media_ids")) {
            media.add(id("media_ids", raw));
        }
        String reply = body.string("in_reply_to_id").map(String::strip).orElse("");
        Long inReplyTo = reply.isEmpty() ? null : id("in_reply_to_id", reply);
        String quote = body.string("quoted_status_id").map(String::strip).orElse("");
        Long quoted = quote.isEmpty() ? null : id("quoted_status_id", quote);
        String text = body.string("status").orElse("");
        Visibility seen = visibility.isEmpty() ? null : Visibility.parse(visibility);
        PollInput poll = poll(body);
        if (poll != null && !media.isEmpty()) {
            throw InvalidInputException.of("media_ids", "Cannot attach files to a post with a poll");
        }
        return new StatusRequest(
                text,
                List.copyOf(media),
                inReplyTo,
                scheduledAt(body, now, minLead),
                seen,
                sensitive,
                language,
                quoted,
                body.string("spoiler_text").orElse(""),
                poll);
    }

    /** The poll asked for, checked; null when the body has none. */
    static PollInput poll(MastodonBody body) {
        MastodonBody poll = body.object("poll");
        List<String> options = poll.list("options");
        if (options.isEmpty() && poll.string("expires_in").isEmpty()) {
            return null;
        }
        Long expiresIn = poll.number("expires_in").orElse(null);
        return new PollInput(
                        options,
                        expiresIn == null ? null : Duration.ofSeconds(expiresIn),
                        poll.bool("multiple").orElse(false),
                        poll.bool("hide_totals").orElse(false))
                .checked();
    }

    /**
     * The short post to create, answering {@code replyTarget} and quoting {@code quoteTarget} (posts'
     * id URIs) when there are.
     */
    public PostInput input(String replyTarget, String quoteTarget) {
        return PostInput.builder(PostKind.NOTE)
                .body(text)
                .tags("")
                .attachmentIds(mediaIds)
                .inReplyTo(replyTarget)
                .visibility(visibility)
                .sensitive(sensitive)
                .language(language)
                .quote(quoteTarget)
                .contentWarning(spoilerText)
                .build();
    }

    /** The same request, for {@code seen} readers. */
    public StatusRequest withVisibility(Visibility seen) {
        return new StatusRequest(
                text, mediaIds, inReplyToId, scheduledAt, seen, sensitive, language, quotedId, spoilerText, poll);
    }

    public PostAction action() {
        return scheduledAt == null ? new PostAction.Publish() : new PostAction.Schedule(scheduledAt);
    }

    private static Instant scheduledAt(MastodonBody body, Instant now, Duration minLead) {
        String raw = body.string("scheduled_at").map(String::strip).orElse("");
        if (raw.isEmpty()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("scheduled_at", "Scheduled at is not a valid time");
        }
        if (at.isBefore(now.plus(minLead))) {
            throw InvalidInputException.of(
                    "scheduled_at", "Scheduled at must be at least " + spoken(minLead) + " in the future");
        }
        return at;
    }

    /** "5 minutes", "1 minute" or "10 seconds", as the refusal names the least lead. */
    private static String spoken(Duration lead) {
        long seconds = lead.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
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
