package dev.kakehashi.service.filters;

import dev.kakehashi.domain.ContentFilter;
import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterKeyword;
import dev.kakehashi.domain.FilteredStatus;
import dev.kakehashi.domain.event.FiltersChanged;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FilterRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An author's content filters: created, changed and removed with their keywords and statuses in
 * one unit of work each, every input checked before anything is written (a 422 stores nothing),
 * and someone else's filter answered as missing (404). Each change raises {@link FiltersChanged}.
 */
public final class FilterService {
    static final int MAX_TITLE = 200;
    static final int MAX_KEYWORD = 200;
    static final int MAX_KEYWORDS = 100;
    /** Ten years: longer than any filter needs, short enough to stay a valid timestamp. */
    static final long MAX_EXPIRES_IN = 10L * 366 * 24 * 3600;

    private final Transactions tx;
    private final FilterRepository filters;
    private final StatusQueries statuses;
    private final EventBus events;
    private final Clock clock;

    public FilterService(
            Transactions tx, FilterRepository filters, StatusQueries statuses, EventBus events, Clock clock) {
        this.tx = tx;
        this.filters = filters;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
    }

    /** The author's filters, expired ones included, oldest first. */
    public List<ContentFilter> list(long accountId) {
        return tx.read(() -> filters.ofAccount(accountId));
    }

    /** The filters that apply now for a viewer (none for an anonymous one). */
    public ActiveFilters active(Long accountId) {
        if (accountId == null) {
            return ActiveFilters.NONE;
        }
        Instant now = clock.instant();
        List<ContentFilter> live =
                list(accountId).stream().filter(f -> f.activeAt(now)).toList();
        return live.isEmpty() ? ActiveFilters.NONE : new ActiveFilters(live);
    }

    /** @throws ServiceException 404 when it is not the author's */
    public ContentFilter get(long accountId, long id) {
        return tx.call(() -> owned(accountId, id));
    }

    /** @throws InvalidInputException 422 without a title or a context, or with a bad keyword or expiry */
    public ContentFilter create(long accountId, FilterChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (change.title() == null || change.title().isBlank()) {
            errors.put("title", "Title can't be blank");
        }
        if (change.contexts() == null || change.contexts().isEmpty()) {
            errors.put("context", "Context can't be blank");
        }
        check(change, errors);
        change.keywords().stream()
                .filter(k -> k.id() != null)
                .findFirst()
                .ifPresent(k -> errors.put("keywords_attributes", "Keyword not found"));
        fail(errors);
        return tx.call(() -> {
            long id = filters.insert(
                    accountId,
                    change.title().strip(),
                    change.contexts(),
                    change.action() == null ? FilterAction.WARN : change.action(),
                    expiresAt(change),
                    clock.instant());
            change.keywords().stream()
                    .filter(k -> !k.destroy())
                    .forEach(k -> filters.addKeyword(id, k.keyword().strip(), k.wholeWord() == null || k.wholeWord()));
            return changed(accountId, owned(accountId, id));
        });
    }

    /** Changes what was sent; keywords with an id are changed or (with destroy) removed. */
    public ContentFilter update(long accountId, long id, FilterChange change) {
        return tx.call(() -> {
            ContentFilter old = owned(accountId, id);
            Map<String, String> errors = new LinkedHashMap<>();
            if (change.title() != null && change.title().isBlank()) {
                errors.put("title", "Title can't be blank");
            }
            if (change.contexts() != null && change.contexts().isEmpty()) {
                errors.put("context", "Context can't be blank");
            }
            check(change, errors);
            Set<Long> mine =
                    old.keywords().stream().map(FilterKeyword::id).collect(java.util.stream.Collectors.toSet());
            change.keywords().stream()
                    .filter(k -> k.id() != null && !mine.contains(k.id()))
                    .findFirst()
                    .ifPresent(k -> errors.put("keywords_attributes", "Keyword not found"));
            fail(errors);
            filters.update(
                    id,
                    change.title() == null ? old.title() : change.title().strip(),
                    change.contexts() == null ? old.contexts() : change.contexts(),
                    change.action() == null ? old.action() : change.action(),
                    change.expiresGiven() ? expiresAt(change) : old.expiresAt());
            for (FilterChange.KeywordChange k : change.keywords()) {
                if (k.id() == null) {
                    if (!k.destroy()) {
                        filters.addKeyword(id, k.keyword().strip(), k.wholeWord() == null || k.wholeWord());
                    }
                } else if (k.destroy()) {
                    filters.deleteKeyword(k.id());
                } else {
                    FilterKeyword was = old.keywords().stream()
                            .filter(w -> w.id() == k.id())
                            .findFirst()
                            .orElseThrow();
                    filters.updateKeyword(
                            k.id(),
                            k.keyword() == null ? was.keyword() : k.keyword().strip(),
                            k.wholeWord() == null ? was.wholeWord() : k.wholeWord());
                }
            }
            return changed(accountId, owned(accountId, id));
        });
    }

    public void delete(long accountId, long id) {
        tx.run(() -> {
            if (!filters.delete(accountId, id)) {
                throw ServiceException.notFound("Filter");
            }
            changed(accountId, id);
        });
    }

    public FilterKeyword addKeyword(long accountId, long filterId, String keyword, Boolean wholeWord) {
        return tx.call(() -> {
            owned(accountId, filterId);
            requireKeyword(keyword);
            long id = filters.addKeyword(filterId, keyword.strip(), wholeWord == null || wholeWord);
            return changed(accountId, filters.keyword(accountId, id).orElseThrow());
        });
    }

    public FilterKeyword keyword(long accountId, long id) {
        return tx.call(() -> ownedKeyword(accountId, id));
    }

    public FilterKeyword updateKeyword(long accountId, long id, String keyword, Boolean wholeWord) {
        return tx.call(() -> {
            FilterKeyword old = ownedKeyword(accountId, id);
            if (keyword != null) {
                requireKeyword(keyword);
            }
            filters.updateKeyword(
                    id,
                    keyword == null ? old.keyword() : keyword.strip(),
                    wholeWord == null ? old.wholeWord() : wholeWord);
            return changed(accountId, ownedKeyword(accountId, id));
        });
    }

    public void deleteKeyword(long accountId, long id) {
        tx.run(() -> {
            filters.deleteKeyword(ownedKeyword(accountId, id).id());
            changed(accountId, id);
        });
    }

    /** @throws InvalidInputException 422 when the status does not exist or the author may not see it */
    public FilteredStatus addStatus(long accountId, long filterId, long statusId) {
        return tx.call(() -> {
            owned(accountId, filterId);
            if (!statuses.exists(statusId, accountId)) {
                throw InvalidInputException.of("status_id", "Status must exist");
            }
            long id = filters.addStatus(filterId, statusId);
            return changed(accountId, filters.status(accountId, id).orElseThrow());
        });
    }

    public FilteredStatus status(long accountId, long id) {
        return tx.call(() -> ownedStatus(accountId, id));
    }

    public void deleteStatus(long accountId, long id) {
        tx.run(() -> {
            filters.deleteStatus(ownedStatus(accountId, id).id());
            changed(accountId, id);
        });
    }

    /** Tells the author's streams their filters changed (after the commit); answers {@code result}. */
    private <T> T changed(long accountId, T result) {
        events.raise(tx, new FiltersChanged(accountId));
        return result;
    }

    private void check(FilterChange change, Map<String, String> errors) {
        if (change.title() != null && change.title().strip().length() > MAX_TITLE) {
            errors.put("title", "Title is too long (maximum is " + MAX_TITLE + " characters)");
        }
        if (change.expiresGiven()
                && change.expiresInSeconds() != null
                && (change.expiresInSeconds() <= 0 || change.expiresInSeconds() > MAX_EXPIRES_IN)) {
            errors.put("expires_in", "Expires in must be a positive number of seconds");
        }
        if (change.keywords().size() > MAX_KEYWORDS) {
            errors.put("keywords_attributes", "Too many keywords (maximum is " + MAX_KEYWORDS + ")");
        }
        for (FilterChange.KeywordChange k : change.keywords()) {
            boolean needed = k.id() == null && !k.destroy();
            String problem = keywordProblem(k.keyword(), needed);
            if (problem != null) {
                errors.put("keywords_attributes", problem);
            }
        }
    }

    private static void requireKeyword(String keyword) {
        String problem = keywordProblem(keyword, true);
        if (problem != null) {
            throw InvalidInputException.of("keyword", problem);
        }
    }

    private static String keywordProblem(String keyword, boolean needed) {
        if (keyword == null) {
            return needed ? "Keyword can't be blank" : null;
        }
        if (keyword.isBlank()) {
            return "Keyword can't be blank";
        }
        if (keyword.strip().length() > MAX_KEYWORD) {
            return "Keyword is too long (maximum is " + MAX_KEYWORD + " characters)";
        }
        return null;
    }

    private static void fail(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Instant expiresAt(FilterChange change) {
        return change.expiresInSeconds() == null ? null : clock.instant().plusSeconds(change.expiresInSeconds());
    }

    private ContentFilter owned(long accountId, long id) {
        return filters.byId(accountId, id).orElseThrow(() -> ServiceException.notFound("Filter"));
    }

    private FilterKeyword ownedKeyword(long accountId, long id) {
        return filters.keyword(accountId, id).orElseThrow(() -> ServiceException.notFound("Keyword"));
    }

    private FilteredStatus ownedStatus(long accountId, long id) {
        return filters.status(accountId, id).orElseThrow(() -> ServiceException.notFound("Filter status"));
    }
}
