package dev.kakehashi.app;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.Set;
import org.glassfish.jersey.micrometer.server.JerseyTags;
import org.glassfish.jersey.micrometer.server.JerseyTagsProvider;
import org.glassfish.jersey.server.monitoring.RequestEvent;

/**
 * Labels for HTTP request timers that stay few: the matched route template (never the raw path;
 * unmatched requests are {@code NOT_FOUND}), the status, and the method, with unknown methods folded
 * into {@code OTHER} because a client can send any token there.
 */
final class BoundedJerseyTags implements JerseyTagsProvider {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    public Iterable<Tag> httpRequestTags(RequestEvent event) {
        var response = event.getContainerResponse();
        return Tags.of(
                method(event),
                JerseyTags.uri(event),
                JerseyTags.exception(event),
                JerseyTags.status(response),
                JerseyTags.outcome(response));
    }

    @Override
    public Iterable<Tag> httpLongRequestTags(RequestEvent event) {
        return Tags.of(method(event), JerseyTags.uri(event));
    }

    private static Tag method(RequestEvent event) {
        String method = event.getContainerRequest() == null
                ? null
                : event.getContainerRequest().getMethod();
        return Tag.of("method", method != null && METHODS.contains(method) ? method : "OTHER");
    }
}
