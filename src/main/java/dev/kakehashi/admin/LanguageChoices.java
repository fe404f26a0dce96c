package dev.kakehashi.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The languages offered in Settings, each shown in its own name with its tag (BCP 47). */
final class LanguageChoices {
    private static final List<String> TAGS = List.of(
            "ar", "ca", "cs", "da", "de", "el", "en", "eo", "es", "eu", "fa", "fi", "fr", "ga", "gl", "he", "hi", "hu",
            "id", "it", "ja", "ko", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tr",
            "uk", "vi", "zh-Hans", "zh-Hant");

    record Choice(String tag, String name) {}

    private LanguageChoices() {}

    /** The list, with {@code current} added when it is a tag the list lacks (kept as it was saved). */
    static List<Choice> with(String current) {
        List<Choice> choices = new ArrayList<>();
        for (String tag : TAGS) {
            choices.add(choice(tag));
        }
        if (current != null && !current.isBlank() && !TAGS.contains(current)) {
            choices.add(0, choice(current));
        }
        return choices;
    }

    private static Choice choice(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String own = l.getDisplayName(l);
        String name = own.isEmpty() ? tag : own.substring(0, 1).toUpperCase(l) + own.substring(1);
        return new Choice(tag, name + " (" + tag + ")");
    }
}
