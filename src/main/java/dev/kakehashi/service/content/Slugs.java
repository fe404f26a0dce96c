package dev.kakehashi.service.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs for articles: lower-case ASCII words joined by dashes. */
public final class Slugs {
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** A slug from a title; empty when the title has no Latin letters or digits (the caller falls back). */
    public static String fromTitle(String title, int max) {
        String ascii =
                MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > max) {
            slug = trimDashes(slug.substring(0, max));
        }
        return slug;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
