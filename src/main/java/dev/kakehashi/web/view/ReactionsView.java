package dev.kakehashi.web.view;

import dev.kakehashi.domain.ReactionWithActor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post's reactions from the fediverse as a theme shows them: how many liked and boosted and the
 * newest of them, emoji reactions with their counts, and the posts that quoted it ("mentioned in").
 */
public record ReactionsView(
        long likes,
        long boosts,
        List<ReactorView> likedBy,
        List<ReactorView> boostedBy,
        List<EmojiReaction> emojis,
        List<Mention> mentionedIn) {

    /** One emoji and who reacted with it. */
    public record EmojiReaction(String emoji, long count, List<ReactorView> by) {}

    /** A remote post that quoted this one. */
    public record Mention(ReactorView by, String url) {}

    public static final ReactionsView NONE = new ReactionsView(0, 0, List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return likes == 0 && boosts == 0 && emojis.isEmpty() && mentionedIn.isEmpty();
    }

    public static ReactionsView of(List<ReactionWithActor> rows) {
        long likes = 0;
        long boosts = 0;
        List<ReactorView> likedBy = new ArrayList<>();
        List<ReactorView> boostedBy = new ArrayList<>();
        Map<String, List<ReactorView>> emojiBy = new LinkedHashMap<>();
        Map<String, Long> emojiCounts = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (ReactionWithActor s : rows) {
            switch (s.kind()) {
                case LIKE -> {
                    likes = s.total();
                    likedBy.add(ReactorView.of(s));
                }
                case BOOST -> {
                    boosts = s.total();
                    boostedBy.add(ReactorView.of(s));
                }
                case EMOJI -> {
                    emojiCounts.put(s.emoji(), s.total());
                    emojiBy.computeIfAbsent(s.emoji(), e -> new ArrayList<>()).add(ReactorView.of(s));
                }
                case QUOTE -> {
                    String url = s.objectUrl();
                    if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
                        mentions.add(new Mention(ReactorView.of(s), url));
                    }
                }
                default -> {
                    // Mentions of actors are not about a post.
                }
            }
        }
        List<EmojiReaction> emojis = emojiCounts.entrySet().stream()
                .map(e -> new EmojiReaction(e.getKey(), e.getValue(), List.copyOf(emojiBy.get(e.getKey()))))
                .toList();
        return new ReactionsView(likes, boosts, likedBy, boostedBy, emojis, mentions);
    }
}
