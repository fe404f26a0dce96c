package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntityBuilder;
import dev.kakehashi.mastodon.json.MastodonTime;

/**
 * A remote account's boost as Mastodon shows a reblog: a status of the booster's, with the boost's
 * own id and time, empty content, and the boosted status in {@code reblog}.
 */
public final class BoostToStatus {
    /** @param booster the booster's account; @param boosted the boosted post as a status */
    public StatusEntity convert(RemoteBoost boost, AccountEntity booster, StatusEntity boosted) {
        return new StatusEntityBuilder(
                        Long.toString(boost.id()),
                        boost.announceUri(),
                        boosted.url(),
                        MastodonTime.datetime(boost.boostedAt()),
                        booster)
                .content("", boosted.visibility())
                .reblog(boosted)
                .viewer(boosted.favourited(), boosted.reblogged(), false, boosted.bookmarked(), false)
                .build();
    }
}
