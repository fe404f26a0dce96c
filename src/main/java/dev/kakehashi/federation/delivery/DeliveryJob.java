package dev.kakehashi.federation.delivery;

import java.time.Duration;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Fans out queued activities and sends due deliveries until nothing is left or its time slice is
 * used up. Runs every few seconds, and at once when something is queued.
 */
@DisallowConcurrentExecution
public final class DeliveryJob implements Job {
    static final Duration SLICE = Duration.ofSeconds(50);

    private final FanOut fanOut;
    private final DeliveryWorker worker;

    public DeliveryJob(FanOut fanOut, DeliveryWorker worker) {
        this.fanOut = fanOut;
        this.worker = worker;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant end = Instant.now().plus(SLICE);
        while (Instant.now().isBefore(end) && !worker.isClosed()) {
            int expanded = fanOut.runOnce();
            int sent = worker.runOnce();
            if (expanded == 0 && sent == 0) {
                return;
            }
        }
    }
}
