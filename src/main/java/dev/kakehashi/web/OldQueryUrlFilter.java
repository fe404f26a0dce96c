package dev.kakehashi.web;

import dev.kakehashi.service.wordpress.WpOldUrls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * WordPress's plain permalinks, {@code /?p=ID} (and {@code /?page_id=ID}, {@code /?attachment_id=ID}), live on the home page's
 * address, which a resource cannot tell apart by its query, and {@code /comments/feed/} lies under the
 * comments' own resource: both are answered here, before matching. There is no feed of comments
 * here; the blog's feed is the nearest thing. So are imported pages' permalinks ({@code /about/},
 * {@code /about/team/}): any path could be one, so a route for them would claim every address (and
 * answer other methods there with 405); here a GET ending in a slash is looked up, and everything
 * else goes on to be matched as before.
 */
@PreMatching
public final class OldQueryUrlFilter implements ContainerRequestFilter {
    /** A WordPress page's permalink: one to six segments without dots, ending in a slash as WordPress writes it. */
    private static final Pattern PAGE = Pattern.compile("[^/.;]+(/[^/.;]+){0,5}/");

    private final WpOldUrls old;
    private final LongFunction<String> actorOf;

    /**
     * @param actorOf the actor id of an account; of the blog for 0 (the ActivityPub plugin's blog
     *     actor is {@code /?author=0})
     */
    public OldQueryUrlFilter(WpOldUrls old, LongFunction<String> actorOf) {
        this.old = old;
        this.actorOf = actorOf;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (("comments/feed".equals(path) || "comments/feed/".equals(path)) && "GET".equals(request.getMethod())) {
            request.abortWith(OldUrlResource.moved(Optional.of(old.feed())));
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        if (PAGE.matcher(path).matches()) {
            old.page(path.substring(0, path.length() - 1))
                    .ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
            return;
        }
        if (!path.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        boolean activityPub = wantsActivityPub(request.getHeaderString("Accept"));
        String id = Optional.ofNullable(query.getFirst("p")).orElse(query.getFirst("page_id"));
        if (id != null && id.matches("[0-9]{1,18}")) {
            // The ActivityPub plugin's object ids are these addresses: a peer asking for one gets the object.
            long wpId = Long.parseLong(id);
            (activityPub ? old.postObject(wpId) : old.post(wpId))
                    .ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
            return;
        }
        String attachment = query.getFirst("attachment_id");
        if (attachment != null && attachment.matches("[0-9]{1,18}")) {
            old.attachment(Long.parseLong(attachment))
                    .ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
            return;
        }
        String author = query.getFirst("author");
        if (author != null && author.matches("[0-9]{1,18}")) {
            long wpId = Long.parseLong(author);
            Optional<String> to = activityPub
                    ? (wpId == 0 ? Optional.of(0L) : old.authorAccount(wpId)).map(actorOf::apply)
                    : old.authorPage(wpId);
            to.ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
        }
    }

    private static boolean wantsActivityPub(String accept) {
        return accept != null
                && (accept.contains("application/activity+json") || accept.contains("application/ld+json"));
    }
}
