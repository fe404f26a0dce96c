package dev.kakehashi.admin;

import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.PostAction;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compose form as submitted: field names are the HTML form's. Turns it into the service's
 * input and action, and keeps the raw values to show the form again after an error.
 */
record PostForm(Map<String, String> values) {
    /** The poll's fields, there only on a short post's form. */
    static final String POLL_EXPIRES_IN = "pollExpiresIn";

    private static final List<String> POLL_FIELDS = List.of(
            "pollOption1",
            "pollOption2",
            "pollOption3",
            "pollOption4",
            POLL_EXPIRES_IN,
            "pollMultiple",
            "pollHideTotals");

    /** The poll duration the form preselects, in seconds: a day, as Mastodon's web composer does. */
    static final long DEFAULT_POLL_SECONDS = 86_400;

    static PostForm of(MultivaluedMap<String, String> form) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String name : List.of(
                "kind",
                "title",
                "slug",
                "body",
                "excerpt",
                "tags",
                "coverId",
                "attachmentIds",
                "scheduledAt",
                "tzOffset",
                "commentsClosed",
                "inReplyTo",
                "visibility",
                "action")) {
            List<String> all = form.get(name);
            v.put(name, all == null ? "" : String.join(",", all));
        }
        // Only a short post's form has the field; without it the post keeps its warning.
        List<String> warning = form.get("contentWarning");
        if (warning != null) {
            v.put("contentWarning", warning.isEmpty() ? "" : warning.get(0));
        }
        // Likewise the poll's fields: a form without them leaves the post's poll as it is.
        if (form.get(POLL_EXPIRES_IN) != null) {
            for (String name : POLL_FIELDS) {
                List<String> all = form.get(name);
                v.put(name, all == null || all.isEmpty() ? "" : all.get(0));
            }
        }
        return new PostForm(v);
    }

    static PostForm empty(PostKind kind) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", kind == PostKind.NOTE ? "note" : "article");
        return new PostForm(v);
    }

    /** A short post replying to {@code inReplyTo}, its text starting with the handle it answers. */
    static PostForm replying(String inReplyTo, String handle) {
        PostForm form = empty(PostKind.NOTE);
        form.values().put("inReplyTo", inReplyTo);
        String typed = handle == null ? "" : "@" + handle.strip().replaceFirst("^@", "");
        if (dev.kakehashi.service.content.Mentions.handles(typed).size() == 1) {
            form.values().put("body", typed + " ");
        }
        return form;
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    PostKind kind() {
        return switch (get("kind")) {
            case "note" -> PostKind.NOTE;
            case "article" -> PostKind.ARTICLE;
            default -> throw InvalidInputException.of("kind", "Choose article or short post");
        };
    }

    PostInput input(PostKind kind) {
        return PostInput.builder(kind)
                .title(kind == PostKind.ARTICLE ? get("title") : null)
                .slug(get("slug"))
                .body(get("body"))
                .excerpt(get("excerpt"))
                .tags(get("tags"))
                .coverId(id("coverId", get("coverId")))
                .attachmentIds(ids(get("attachmentIds")))
                .commentsClosed(!get("commentsClosed").isBlank())
                .inReplyTo(get("inReplyTo"))
                .visibility(visibility())
                .contentWarning(kind == PostKind.NOTE ? values.get("contentWarning") : null)
                .build();
    }

    /** Whether the form carried the poll's fields (a short post's form does). */
    boolean hasPollFields() {
        return values.containsKey(POLL_EXPIRES_IN);
    }

    /**
     * The poll the form asks for, checked against the instance's limits; null when every option is
     * blank (no poll, or the poll removed).
     *
     * @throws InvalidInputException 422 under {@code poll}, in the API's words
     */
    PollInput poll() {
        List<String> options = new ArrayList<>();
        for (int i = 1; i <= PollInput.MAX_OPTIONS; i++) {
            String option = get("pollOption" + i);
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        long seconds;
        try {
            seconds = Long.parseLong(get(POLL_EXPIRES_IN).strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("poll", "Choose how long the poll stays open");
        }
        return new PollInput(
                        options,
                        Duration.ofSeconds(seconds),
                        !get("pollMultiple").isBlank(),
                        !get("pollHideTotals").isBlank())
                .checked();
    }

    /** The select's value; blank (an old form) keeps the post's visibility. */
    Visibility visibility() {
        if (get("visibility").isBlank()) {
            return null;
        }
        Visibility v = Visibility.parse(get("visibility"));
        if (v == null) {
            throw InvalidInputException.of("visibility", "Choose who can see the post");
        }
        return v;
    }

    PostAction action() {
        return switch (get("action").toLowerCase(Locale.ROOT)) {
            case "publish" -> publishOrSchedule();
            case "draft", "save", "" -> new PostAction.Save();
            case "schedule" -> new PostAction.Schedule(scheduledAt());
            case "unschedule" -> new PostAction.Unschedule();
            default -> throw InvalidInputException.of("action", "Unknown action " + get("action"));
        };
    }

    /**
     * Publish with a "Publish at" in the future schedules (the button reads Schedule then, as in
     * WordPress); a date in the past, or none, publishes now.
     */
    private PostAction publishOrSchedule() {
        if (get("scheduledAt").isBlank()) {
            return new PostAction.Publish();
        }
        Instant at = scheduledAt();
        return at.isAfter(Instant.now()) ? new PostAction.Schedule(at) : new PostAction.Publish();
    }

    /** Whether the form's "Publish at" lies in the future: the main button then reads Schedule. */
    boolean schedulesLater() {
        try {
            return !get("scheduledAt").isBlank() && scheduledAt().isAfter(Instant.now());
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** {@code datetime-local} input, in the browser's time zone (offset in minutes west of UTC, as JS gives it). */
    private Instant scheduledAt() {
        String raw = get("scheduledAt");
        if (raw.isBlank()) {
            throw InvalidInputException.of("scheduledAt", "Choose when to publish");
        }
        try {
            int offsetMinutes = get("tzOffset").isBlank()
                    ? 0
                    : Integer.parseInt(get("tzOffset").strip());
            if (Math.abs(offsetMinutes) > 18 * 60) {
                throw new NumberFormatException();
            }
            return LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.ofTotalSeconds(-offsetMinutes * 60));
        } catch (DateTimeException | NumberFormatException e) {
            throw InvalidInputException.of("scheduledAt", "The publication time must look like 2026-12-24T09:00");
        }
    }

    private static Long id(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Unknown image " + raw);
        }
    }

    private static List<Long> ids(String raw) {
        List<Long> ids = new ArrayList<>();
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                ids.add(id("attachmentIds", part));
            }
        }
        return ids;
    }
}
