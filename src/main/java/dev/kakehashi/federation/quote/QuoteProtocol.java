package dev.kakehashi.federation.quote;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.LocalUrl;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.service.SiteService;
import java.util.Optional;

/** Our ids and the QuoteRequest, as {@link QuoteService} asks for them (FEP-044f). */
public final class QuoteProtocol implements QuoteService.Protocol {
    private final ActorIds ids;
    private final SiteService site;

    public QuoteProtocol(ActorIds ids, SiteService site) {
        this.ids = ids;
        this.site = site;
    }

    @Override
    public boolean isOurs(String uri) {
        return ids.isOurs(uri);
    }

    @Override
    public Optional<Long> localPost(String uri) {
        return ids.local(uri).flatMap(LocalUrl::postId);
    }

    @Override
    public String attributedTo(Post p) {
        return by(p).key();
    }

    @Override
    public String actorId(String actorKey) {
        return ids.actor(ActorRefKeys.parse(actorKey));
    }

    @Override
    public String postId(long postId) {
        return ids.post(postId);
    }

    @Override
    public String stampId(long postId, long stampId) {
        return ids.quoteAuthorization(postId, stampId);
    }

    /** The request id is our post's id with {@code #quote_request}: nothing else of ours is. */
    @Override
    public Optional<Long> requestedBy(String requestId) {
        return ids.local(requestId).flatMap(LocalUrl::postId).filter(id -> requestId.equals(ids.quoteRequest(id)));
    }

    @Override
    public String request(Post p) {
        var federation = site.federation();
        return QuoteRequestActivity.json(
                ids.quoteRequest(p.id()),
                ids.actor(by(p)),
                p.quote().uri(),
                new PostToObject(ids).convert(p, federation, site.current().language()));
    }

    private ActorRef by(Post p) {
        return PostToObject.attributedTo(p, site.federation().actorMode());
    }
}
