package dev.kakehashi.service.content;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Hashtags as authors type them ("#Java, travel photos") normalized to what is stored. */
public final class Tags {
    /** Letters, digits, marks and underscores: what Mastodon accepts in a hashtag. */
    public static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]{1,100}");

    private Tags() {}

    /**
     * Splits on commas and whitespace, drops leading '#', lower-cases, removes duplicates. Returns
     * tags that do not match {@link #VALID} too, so the caller can report them.
     */
    public static Set<String> parse(String raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw == null) {
            return tags;
        }
        for (String part : raw.split("[,\\s]+")) {
            String tag = part.strip();
            while (tag.startsWith("#")) {
                tag = tag.substring(1);
            }
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }
}
