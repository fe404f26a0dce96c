package dev.kakehashi.domain;

/**
 * Who wrote a {@link Status}: one of the blog's accounts ({@code accountId}), or a remote actor
 * ({@code actorUri}) with what the actor cache knows of them; any of the rest may be null.
 *
 * @param host the author's server (a remote author's), shown when nothing else is known
 * @param handle {@code user@host} (a local author's is the user alone)
 * @param profileUrl the author's profile page
 */
public record StatusAuthor(
        Long accountId, String actorUri, String host, String name, String handle, String profileUrl, String avatarUrl) {
    public static StatusAuthor local(long accountId, String name, String handle) {
        return new StatusAuthor(accountId, null, null, name, handle, null, null);
    }

    public boolean isLocal() {
        return accountId != null;
    }
}
