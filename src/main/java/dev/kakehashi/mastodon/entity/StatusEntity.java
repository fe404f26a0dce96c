package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Mastodon's {@code Status} (INTEROP B12.2): every field present, arrays never null, ids as
 * strings, times in RFC 3339. {@code account} is the author's account; {@code text}
 * is set only when answering a delete (for "delete and redraft").
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusEntity(
        String id,
        String uri,
        String url,
        String createdAt,
        AccountEntity account,
        String content,
        String visibility,
        boolean sensitive,
        String spoilerText,
        List<MediaAttachmentEntity> mediaAttachments,
        ApplicationEntity application,
        List<MentionEntity> mentions,
        List<TagEntity> tags,
        List<Object> emojis,
        long reblogsCount,
        long favouritesCount,
        long repliesCount,
        long quotesCount,
        String inReplyToId,
        String inReplyToAccountId,
        StatusEntity reblog,
        Object poll,
        CardEntity card,
        String language,
        String editedAt,
        boolean favourited,
        boolean reblogged,
        boolean muted,
        boolean bookmarked,
        boolean pinned,
        List<Object> filtered,
        Object quote,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
    public StatusEntity {
        spoilerText = spoilerText == null ? "" : spoilerText;
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        filtered = filtered == null ? List.of() : List.copyOf(filtered);
    }

    /** The same status with the viewer's filter results ({@code FilterResult}s). */
    public StatusEntity withFiltered(List<?> results) {
        return StatusEntityBuilder.from(this).filtered(results).build();
    }

    /** The same status quoting another ({@code quote}, Mastodon 4.5). */
    public StatusEntity withQuote(QuoteEntity quote) {
        return StatusEntityBuilder.from(this).quote(quote).build();
    }

    /** The same status with its poll (null for none). */
    public StatusEntity withPoll(PollEntity poll) {
        return StatusEntityBuilder.from(this).poll(poll).build();
    }

    /** The same status with its source text, as {@code DELETE /api/v1/statuses/:id} answers. */
    public StatusEntity withText(String source) {
        return StatusEntityBuilder.from(this).text(source).build();
    }
}
