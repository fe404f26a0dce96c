package dev.kakehashi.federation.wellknown;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A WebFinger answer (RFC 7033 JSON Resource Descriptor). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Jrd(String subject, List<String> aliases, List<Link> links) {
    /** A link: {@code href} for a URL, {@code template} for a URL with a {@code {uri}} slot. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String rel, String type, String href, String template) {}
}
