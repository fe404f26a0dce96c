package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reports (Flag) from other servers and blocks of our actors by remote users, for admins. */
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
    private final Clock clock;

    public ReportService(Transactions tx, ReportRepository reports, Clock clock) {
        this.tx = tx;
        this.reports = reports;
        this.clock = clock;
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
