package dev.kakehashi.service.filters;

import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterContext;
import java.util.List;
import java.util.Set;

/**
 * What a create or update of a content filter asks for; a null field is left as it is (on create:
 * the default, or a 422 for the title and contexts).
 *
 * @param expiresGiven whether an expiry was sent at all; then {@code expiresInSeconds} null means never
 * @param keywords keywords to add (no id), change (id) or remove (id and destroy)
 */
public record FilterChange(
        String title,
        Set<FilterContext> contexts,
        FilterAction action,
        boolean expiresGiven,
        Long expiresInSeconds,
        List<KeywordChange> keywords) {
    public FilterChange {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** One entry of {@code keywords_attributes}. */
    public record KeywordChange(Long id, String keyword, Boolean wholeWord, boolean destroy) {}
}
