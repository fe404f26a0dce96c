package dev.kakehashi.web;

import dev.kakehashi.service.wordpress.WpOldUrls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;

/**
 * WordPress's plain permalinks, {@code /?p=ID} (and {@code /?page_id=ID}), live on the home page's
 * address, which a resource cannot tell apart by its query, and {@code /comments/feed/} lies under the
 * comments' own resource: both are answered here, before matching. There is no feed of comments
 * here; the blog's feed is the nearest thing.
 */
@PreMatching
public final class OldQueryUrlFilter implements ContainerRequestFilter {
    private final WpOldUrls old;

    public OldQueryUrlFilter(WpOldUrls old) {
        this.old = old;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (("comments/feed".equals(path) || "comments/feed/".equals(path)) && "GET".equals(request.getMethod())) {
            request.abortWith(OldUrlResource.moved(Optional.of(old.feed())));
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !path.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String id = Optional.ofNullable(query.getFirst("p")).orElse(query.getFirst("page_id"));
        if (id != null && id.matches("[0-9]{1,18}")) {
            old.post(Long.parseLong(id)).ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
        }
    }
}
