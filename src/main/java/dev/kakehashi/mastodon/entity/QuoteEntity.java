package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.kakehashi.domain.QuoteState;

/**
 * Mastodon 4.5's {@code Quote}: the state of a quote and the status quoted, shown without its own
 * quote (as Mastodon nests one level). {@code quotedStatus} is null unless the state is
 * {@code accepted}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuoteEntity(String state, StatusEntity quotedStatus) {
    public static QuoteEntity accepted(StatusEntity quoted) {
        return new QuoteEntity("accepted", quoted);
    }

    /** A quote its author has not approved (yet): {@code pending} or {@code rejected}, nothing shown. */
    public static QuoteEntity unapproved(QuoteState state) {
        return new QuoteEntity(state.name().toLowerCase(java.util.Locale.ROOT), null);
    }

    /** A quoted post that is gone, not public, or was never received here. */
    public static QuoteEntity unavailable() {
        return new QuoteEntity("deleted", null);
    }
}
