package dev.kakehashi.mastodon.instance;

import dev.kakehashi.domain.PostLimits;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.PinService;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.media.MediaService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code configuration} block of the instance documents, from the limits the code enforces:
 * a short post's length and attachments, the upload size, alt text, profile lengths, polls.
 */
final class InstanceConfiguration {
    static final List<String> MIME_TYPES = List.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private InstanceConfiguration() {}

    static Map<String, Object> statuses() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("max_characters", PostLimits.SHORT_POST_MAX_CHARS);
        s.put("max_media_attachments", PostLimits.MAX_ATTACHMENTS);
        s.put("characters_reserved_per_url", 23);
        return s;
    }

    static Map<String, Object> media(long maxUploadBytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supported_mime_types", MIME_TYPES);
        m.put("description_limit", MediaService.MAX_ALT_LENGTH);
        m.put("image_size_limit", maxUploadBytes);
        m.put("image_matrix_limit", 16_384L * 16_384L);
        m.put("video_size_limit", 0);
        m.put("video_frame_rate_limit", 0);
        m.put("video_matrix_limit", 0);
        return m;
    }

    static Map<String, Object> polls() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("max_options", PollInput.MAX_OPTIONS);
        p.put("max_characters_per_option", PollInput.MAX_CHARACTERS_PER_OPTION);
        p.put("min_expiration", PollInput.MIN_EXPIRATION.toSeconds());
        p.put("max_expiration", PollInput.MAX_EXPIRATION.toSeconds());
        return p;
    }

    static Map<String, Object> accounts() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("max_display_name_length", AccountService.DISPLAY_NAME_MAX);
        a.put("max_note_length", AccountService.BIO_MAX);
        a.put("max_featured_tags", 0);
        a.put("max_pinned_statuses", PinService.MAX_PINS);
        // What update_credentials takes: apps size their profile-field editors by these.
        a.put("max_profile_fields", ProfileService.MAX_FIELDS);
        a.put("profile_field_name_limit", ProfileService.FIELD_MAX);
        a.put("profile_field_value_limit", ProfileService.FIELD_MAX);
        return a;
    }
}
