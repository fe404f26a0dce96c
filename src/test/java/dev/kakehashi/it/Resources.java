package dev.kakehashi.it;

/** What a test class's {@code @AfterAll} shares: closing what it started. */
public final class Resources {
    private Resources() {}

    /**
     * Closes each of {@code resources} (null ones were never started), in order, and keeps going when
     * one fails: the servers and peers after it must stop all the same. A failure is reported, not thrown.
     */
    public static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable c : resources) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("Could not close " + c + ": " + e);
            }
        }
    }
}
