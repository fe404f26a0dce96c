package dev.kakehashi.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what Kakehashi logs (SLF4J over java.util.logging) while a test runs, so a test can
 * assert on the message a deployer would read.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger; // held strongly: java.util.logging keeps loggers weakly
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        logger.addHandler(this);
    }

    /** Starts collecting everything logged, by Tomcat and the libraries too. */
    public static LogCapture everything() {
        return new LogCapture("");
    }

    /** Starts collecting everything logged under {@code dev.kakehashi}. */
    public static LogCapture kakehashi() {
        return new LogCapture("dev.kakehashi");
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (params != null) {
            for (Object p : params) {
                message = message.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(String.valueOf(p)));
            }
        }
        lines.add(record.getLevel() + " " + message);
        if (record.getThrown() != null) {
            lines.add("STACK TRACE of " + record.getThrown());
        }
    }

    /** Everything logged so far, one line per record. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
