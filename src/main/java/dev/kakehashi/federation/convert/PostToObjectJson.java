package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.PostObjectPreview;
import dev.kakehashi.service.SiteService;

/**
 * A post as the JSON of the object its Create carries, with the blog's current federation settings
 * and language: the same converter, the same writer as delivery.
 */
public final class PostToObjectJson implements PostObjectPreview {
    private final PostToObject objects;
    private final SiteService site;

    public PostToObjectJson(ActorIds ids, SiteService site) {
        this.objects = new PostToObject(ids);
        this.site = site;
    }

    @Override
    public String objectJson(Post post) {
        return ApJson.write(
                objects.convert(post, site.federation(), site.current().language()));
    }
}
