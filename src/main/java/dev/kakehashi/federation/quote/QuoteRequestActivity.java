package dev.kakehashi.federation.quote;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The QuoteRequest we send the author of a post one of ours quotes, as Mastodon sends it: the
 * quoted post as {@code object}, our post inline as {@code instrument}, so the author's server needs
 * no fetch to see what quotes them.
 */
final class QuoteRequestActivity {
    private QuoteRequestActivity() {}

    static String json(String id, String actor, String quoted, PostObject quoting) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("@context", context(quoting.context()));
        request.put("id", id);
        request.put("type", ActivityType.QUOTE_REQUEST.asName());
        request.put("actor", actor);
        request.put("object", quoted);
        request.put("instrument", quoting.withoutContext());
        return ApJson.write(request);
    }

    /** The post's own context, with the term for the request itself. */
    @SuppressWarnings("unchecked")
    private static List<Object> context(List<Object> objectContext) {
        List<Object> context = new ArrayList<>();
        Map<String, Object> terms = new LinkedHashMap<>();
        for (Object part : objectContext != null ? objectContext : Contexts.object()) {
            if (part instanceof Map<?, ?> m) {
                terms.putAll((Map<String, Object>) m);
            } else {
                context.add(part);
            }
        }
        terms.put(ActivityType.QUOTE_REQUEST.asName(), "https://w3id.org/fep/044f#QuoteRequest");
        context.add(terms);
        return context;
    }
}
