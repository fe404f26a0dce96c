package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import java.util.List;
import java.util.Optional;

/**
 * Renders Create, Announce and Update from the post as it is at fan-out time, inside the fan-out's
 * transaction, so a queued activity carries the newest text. A post no longer published renders
 * nothing: its Delete is on its way instead.
 */
public final class PostActivityRenderer implements ActivityRenderer {
    private final PostRepository posts;
    private final SiteService site;
    private final PostActivities activities;
    private final PollRepository polls;

    public PostActivityRenderer(PostRepository posts, PollRepository polls, SiteService site, ActorIds ids) {
        this.posts = posts;
        this.site = site;
        this.activities = new PostActivities(ids);
        this.polls = polls;
    }

    @Override
    public Optional<String> render(OutboxRepository.Pending activity) {
        if (activity.postId() == null) {
            return Optional.empty();
        }
        Optional<Post> found = posts.byId(activity.postId()).filter(Post::isPublished);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Post p = found.get();
        var federation = site.federation();
        String language = site.current().language();
        Poll poll = polls.ofPosts(List.of(p.id())).get(p.id());
        switch (activity.type()) {
            case CREATE:
                return Optional.of(ApJson.write(activities.objects().create(p, poll, federation, language)));
            case ANNOUNCE:
                return Optional.of(ApJson.write(activities.objects().announce(p)));
            case UPDATE:
                return Optional.of(ApJson.write(activities.update(p, poll, federation, language)));
            default:
                return Optional.empty();
        }
    }
}
