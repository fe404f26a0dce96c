package dev.kakehashi.bench;

import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a benchmark's CPU went, between two snapshots: this JVM's threads by group (digits folded, so
 * a pool adds up) and, on PostgreSQL, the server processes of the benchmark's own database (read from
 * {@code /proc}, the database running on this machine). On a machine shared with other work the CPU
 * per item is the figure that compares; the per-second figures depend on the share the load left us.
 */
final class CpuShares {
    /** Linux's clock ticks per second, which {@code /proc/PID/stat} counts in. */
    private static final long TICKS_PER_S = 100;

    private final Map<Long, Map.Entry<String, Long>> threads;
    private final Map<Long, Long> backends;

    private CpuShares(Map<Long, Map.Entry<String, Long>> threads, Map<Long, Long> backends) {
        this.threads = threads;
        this.backends = backends;
    }

    static CpuShares now(LiveTables tables) {
        return new CpuShares(threadCpu(), backendCpu(tables));
    }

    /** Nanoseconds of CPU per thread group since {@code before}, largest first, as "name=ms". */
    String threadsSince(CpuShares before, long minNanos) {
        Map<String, Long> byName = new HashMap<>();
        threads.forEach((id, e) -> {
            long was = before.threads.containsKey(id) ? before.threads.get(id).getValue() : 0;
            byName.merge(e.getKey(), e.getValue() - was, Long::sum);
        });
        return byName.entrySet().stream()
                .filter(e -> e.getValue() >= minNanos)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000)
                .collect(Collectors.joining(" "));
    }

    /** Nanoseconds of CPU of the named thread groups (prefixes) since {@code before}. */
    long threadNanosSince(CpuShares before, String... prefixes) {
        long total = 0;
        for (var e : threads.entrySet()) {
            String name = e.getValue().getKey();
            for (String prefix : prefixes) {
                if (name.startsWith(prefix)) {
                    long was = before.threads.containsKey(e.getKey())
                            ? before.threads.get(e.getKey()).getValue()
                            : 0;
                    total += e.getValue().getValue() - was;
                    break;
                }
            }
        }
        return total;
    }

    /** Milliseconds of CPU of the database's server processes since {@code before} (0 on H2). */
    long databaseMillisSince(CpuShares before) {
        long ticks = 0;
        for (var e : backends.entrySet()) {
            ticks += e.getValue() - before.backends.getOrDefault(e.getKey(), 0L);
        }
        return ticks * 1000 / TICKS_PER_S;
    }

    private static Map<Long, Map.Entry<String, Long>> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Map.Entry<String, Long>> out = new HashMap<>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long t = mx.getThreadCpuTime(info.getThreadId());
                out.put(info.getThreadId(), Map.entry(info.getThreadName().replaceAll("[0-9]+", "N"), Math.max(t, 0)));
            }
        }
        return out;
    }

    private static Map<Long, Long> backendCpu(LiveTables tables) {
        Map<Long, Long> out = new HashMap<>();
        if (!TestDatabase.postgres()) {
            return out;
        }
        for (long pid : tables.longs("select pid from pg_stat_activity where datname = current_database()"
                + " and pid <> pg_backend_pid()")) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                // After the command name in parentheses: state is field 3, utime 14 and stime 15.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (IOException | RuntimeException e) {
                // The backend ended meanwhile, or the database is not on this machine: not counted.
            }
        }
        return out;
    }
}
