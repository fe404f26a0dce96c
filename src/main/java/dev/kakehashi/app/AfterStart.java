package dev.kakehashi.app;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work no page needs before the first one, done once on one background thread after start-up:
 * warming what the first request of its kind would otherwise pay for cold. Each step leaves every
 * request as right as without it (a request that needs the same thing meanwhile makes or waits for
 * it, as before); a failing step is logged and skipped.
 */
final class AfterStart implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AfterStart.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Thread thread;

    private AfterStart(Thread thread) {
        this.thread = thread;
    }

    /** A named step: its name is what the log says when it fails. */
    record Step(String name, Runnable work) {}

    static AfterStart run(List<Step> steps) {
        Thread thread = new Thread(() -> runAll(steps), "kakehashi-after-start");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return new AfterStart(thread);
    }

    private static void runAll(List<Step> steps) {
        long started = System.nanoTime();
        for (Step step : steps) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                step.work().run();
            } catch (RuntimeException e) {
                log.warn("After start-up, {} failed: {}", step.name(), e.toString());
            }
        }
        log.info("After start-up: warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops before the next step and waits a little for the current one (undeploy, shutdown). */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
