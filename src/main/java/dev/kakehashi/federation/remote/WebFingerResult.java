package dev.kakehashi.federation.remote;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A WebFinger answer from another server (RFC 7033 JRD), reduced to what Kakehashi reads; the one we serve is {@code wellknown.Jrd}. */
public record WebFingerResult(String subject, List<String> aliases, List<Link> links) {
    static final String SUBSCRIBE = "http://ostatus.org/schema/1.0/subscribe";

    /** One link: {@code href} for most relations, {@code template} for subscribe. */
    public record Link(String rel, String type, String href, String template) {}

    /** The ActivityPub actor, from the {@code self} link with an ActivityStreams type. */
    public Optional<URI> actor() {
        return links.stream()
                .filter(l -> "self".equals(l.rel()) && l.href() != null && RemoteFetcher.isActivityType(l.type()))
                .findFirst()
                .map(l -> URI.create(l.href()));
    }

    /** The remote-follow template, with {@code {uri}} where the followed actor goes. */
    public Optional<String> subscribeTemplate() {
        return links.stream()
                .filter(l -> SUBSCRIBE.equals(l.rel())
                        && l.template() != null
                        && l.template().contains("{uri}"))
                .findFirst()
                .map(Link::template);
    }
}
