package dev.kakehashi.mastodon.entity;

import java.util.List;

/** What {@code /api/v1/statuses/:id/context} answers: the thread above and below a status. */
public record ContextEntity(List<StatusEntity> ancestors, List<StatusEntity> descendants) {
    public ContextEntity {
        ancestors = List.copyOf(ancestors);
        descendants = List.copyOf(descendants);
    }
}
