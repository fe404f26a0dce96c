package dev.kakehashi.mastodon.instance;

import dev.kakehashi.mastodon.entity.AccountEntity;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the instance documents say about this blog beyond its settings, supplied by the wiring.
 *
 * @param version Kakehashi's own version
 * @param maxUploadBytes the configured upload limit
 * @param users how many authors there are
 * @param statuses how many posts are published
 * @param contact the blog's first administrator as an account, or null before set-up
 */
public record InstanceFacts(
        String version,
        long maxUploadBytes,
        LongSupplier users,
        LongSupplier statuses,
        Supplier<AccountEntity> contact) {
    /** The Mastodon version claimed: Mastodon.py needs three numbers first (INTEROP B3.3). */
    public String mastodonVersion() {
        return "4.3.0 (compatible; Kakehashi " + version + ")";
    }
}
