package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A post as a {@code Note} or an {@code Article} (INTEROP A6). {@code context} is null when the
 * object is embedded in an activity that carries one. A quote post names what it quotes in the
 * four properties Mastodon, Misskey and Fedify read (FEP-044f {@code quote}, {@code _misskey_quote},
 * {@code quoteUri}, {@code quoteUrl}; INTEROP A12.1); they are null otherwise. {@code
 * quoteAuthorization} is the quoted author's stamp approving the quote, once there is one (A12.2).
 */
@JsonPropertyOrder({"@context", "id", "type"})
public record PostObject(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        String attributedTo,
        String name,
        String summary,
        String content,
        Map<String, String> contentMap,
        String url,
        MediaObject image,
        String published,
        String updated,
        List<String> to,
        List<String> cc,
        Boolean sensitive,
        List<TagObject> tag,
        List<MediaObject> attachment,
        InteractionPolicy interactionPolicy,
        String inReplyTo,
        RepliesCollection replies,
        String quote,
        @JsonProperty("_misskey_quote") String misskeyQuote,
        String quoteUri,
        String quoteUrl,
        String quoteAuthorization) {

    public PostObject withoutContext() {
        return with(null, type, replies);
    }

    /** The same object with its replies collection (the first page embedded). */
    public PostObject withReplies(RepliesCollection collection) {
        return with(context, type, collection);
    }

    /** The same object as a {@code Question} (a post with a poll). */
    public PostObject asQuestion() {
        return with(context, "Question", replies);
    }

    private PostObject with(List<Object> newContext, String newType, RepliesCollection newReplies) {
        return new PostObject(
                newContext,
                id,
                newType,
                attributedTo,
                name,
                summary,
                content,
                contentMap,
                url,
                image,
                published,
                updated,
                to,
                cc,
                sensitive,
                tag,
                attachment,
                interactionPolicy,
                inReplyTo,
                newReplies,
                quote,
                misskeyQuote,
                quoteUri,
                quoteUrl,
                quoteAuthorization);
    }
}
