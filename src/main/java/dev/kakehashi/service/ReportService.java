package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Reports (Flag) from other servers and blocks of our actors by remote users: recorded as the inbox
 * receives them (a repeated activity changes nothing), listed and resolved by admins.
 */
public final class ReportService {
    static final int SHOWN = 200;

    /** One report as the admin page shows it. */
    public record Row(
            long id,
            boolean flag,
            String actorUri,
            String localActor,
            List<String> objects,
            String content,
            Instant received,
            boolean resolved) {}

    private final Transactions tx;
    private final ReportRepository reports;
    private final FollowerRepository followers;
    private final Clock clock;

    public ReportService(Transactions tx, ReportRepository reports, FollowerRepository followers, Clock clock) {
        this.tx = tx;
        this.reports = reports;
        this.followers = followers;
        this.clock = clock;
    }

    /**
     * {@code actorUri} blocked the local actor keyed {@code localActor}: recorded for admins, and it
     * stops following that actor. While the block stands nothing of that actor is delivered to it.
     *
     * @param objectUri the Block's object as sent (our actor's id)
     * @param blockId the Block's id; a Block already recorded changes nothing
     */
    public void blockedBy(String actorUri, String localActor, String objectUri, String blockId) {
        tx.run(() -> {
            if (reports.exists(ReportRepository.BLOCK, blockId)) {
                return;
            }
            reports.add(ReportRepository.BLOCK, actorUri, localActor, objectUri, null, blockId, clock.instant());
            followers.removeFollow(actorUri, localActor, null);
        });
    }

    /**
     * {@code actorUri} lifts its block, named by the Block's id or the blocked local actor (either
     * may be null, not both): the report stays, resolved, and deliveries to it resume.
     *
     * @return false when no open block of ours by that actor matches
     */
    public boolean unblockedBy(String actorUri, String localActor, String blockId) {
        return tx.call(() -> reports.resolveBlock(actorUri, localActor, blockId, clock.instant())) > 0;
    }

    /**
     * Another server reports things of ours, usually through its instance actor.
     *
     * @param localActor the first of our actors among {@code objectUris}, or null
     * @param objectUris what is reported, all on this site
     * @param flagId the Flag's id; a Flag already recorded changes nothing
     */
    public void flagged(String actorUri, String localActor, List<String> objectUris, String content, String flagId) {
        tx.run(() -> {
            if (!reports.exists(ReportRepository.FLAG, flagId)) {
                reports.add(
                        ReportRepository.FLAG,
                        actorUri,
                        localActor,
                        String.join("\n", objectUris),
                        content,
                        flagId,
                        clock.instant());
            }
        });
    }

    /** Open reports first, newest first, at most {@link #SHOWN}. */
    public List<Row> list() {
        return tx.call(() -> reports.recent(SHOWN).stream()
                .map(r -> new Row(
                        r.id(),
                        ReportRepository.FLAG.equals(r.kind()),
                        r.actorUri(),
                        r.localActor(),
                        r.objectUris() == null
                                ? List.of()
                                : Arrays.stream(r.objectUris().split("\n"))
                                        .filter(s -> !s.isBlank())
                                        .toList(),
                        r.content(),
                        r.createdAt(),
                        r.resolved()))
                .toList());
    }

    /**
     * Marks a report handled; resolving one twice is harmless.
     *
     * @throws ServiceException 404 when there is no such report
     */
    public void resolve(long id) {
        tx.run(() -> {
            reports.byId(id).orElseThrow(() -> ServiceException.notFound("Report"));
            reports.resolve(id, clock.instant());
        });
    }
}
