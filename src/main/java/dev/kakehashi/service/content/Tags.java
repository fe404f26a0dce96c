package dev.kakehashi.service.content;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags as authors type them in the Tags field, normalized to what is stored and sent. The rule:
 * commas separate tags; a tag of several words ("hello world", "hello-world") becomes one hashtag
 * with each word capitalized ({@code HelloWorld}, as Mastodon users write them); a one-word tag is
 * lower-cased ({@code Java} is {@code java}).
 */
public final class Tags {
    /** Letters, digits, marks and underscores: what Mastodon accepts in a hashtag. */
    public static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]{1,100}");

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    private Tags() {}

    /**
     * Splits on commas, drops leading '#', joins words as above, removes duplicates. Returns tags
     * that do not match {@link #VALID} too, so the caller can report them.
     */
    public static Set<String> parse(String raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw == null) {
            return tags;
        }
        for (String part : raw.split(",")) {
            String tag = normalize(part);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** One tag as typed ({@code #Java}, {@code hello world}) in its stored form. */
    public static String normalize(String typed) {
        String tag = typed.strip();
        while (tag.startsWith("#")) {
            tag = tag.substring(1).strip();
        }
        String[] words = WORD_BREAK.split(tag);
        if (words.length <= 1) {
            return tag.toLowerCase(Locale.ROOT);
        }
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            String word = w.replace("#", "");
            if (!word.isEmpty()) {
                joined.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return joined.toString();
    }
}
