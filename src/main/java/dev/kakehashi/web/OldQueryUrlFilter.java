package dev.kakehashi.web;

import dev.kakehashi.service.wordpress.WpOldUrls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;

/**
 * WordPress's plain permalinks, {@code /?p=ID} (and {@code /?page_id=ID}), live on the home page's
 * address, which a resource cannot tell apart by its query: answered here, before matching.
 */
@PreMatching
public final class OldQueryUrlFilter implements ContainerRequestFilter {
    private final WpOldUrls old;

    public OldQueryUrlFilter(WpOldUrls old) {
        this.old = old;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !(path.isEmpty() || "/".equals(path))) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String id = Optional.ofNullable(query.getFirst("p")).orElse(query.getFirst("page_id"));
        if (id != null && id.matches("[0-9]{1,18}")) {
            old.post(Long.parseLong(id)).ifPresent(url -> request.abortWith(OldUrlResource.moved(Optional.of(url))));
        }
    }
}
