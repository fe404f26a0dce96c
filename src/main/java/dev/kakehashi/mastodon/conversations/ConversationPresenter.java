package dev.kakehashi.mastodon.conversations;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.ConversationEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.ConversationFeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A loaded page of conversations as {@code Conversation} entities, from the page alone. */
public final class ConversationPresenter {
    private final StatusPresenter statuses;
    private final AccountToEntity accounts;

    public ConversationPresenter(StatusPresenter statuses, AccountToEntity accounts) {
        this.statuses = statuses;
        this.accounts = accounts;
    }

    public List<ConversationEntity> present(ConversationFeed.Page page) {
        Map<String, StatusEntity> last = new HashMap<>();
        statuses.present(page.statuses()).forEach(s -> last.put(s.id(), s));
        return page.items().stream()
                .map(c -> new ConversationEntity(
                        Long.toString(c.id()),
                        c.unread(),
                        c.memberUris().stream().map(uri -> account(page, uri)).toList(),
                        last.get(Long.toString(c.lastStatusId()))))
                .toList();
    }

    private AccountEntity account(ConversationFeed.Page page, String uri) {
        RemoteActor a = page.actors().get(uri);
        return a == null ? accounts.unknownRemote(uri) : accounts.remote(a);
    }
}
