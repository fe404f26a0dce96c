package dev.kakehashi.app;

import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.store.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.quartz.SchedulerException;

/**
 * The blog's services as {@link Wiring#start} builds them (the {@link Core}, {@link FederationBase}
 * for the mention lookup, then {@link BlogModule}), without Tomcat or started threads: component
 * tests call the services that ship, on the real database and the data folder's files.
 */
public final class BlogComponent implements AutoCloseable {
    private final Core core;
    private final BlogModule blog;

    private BlogComponent(Core core, BlogModule blog) {
        this.core = core;
        this.blog = blog;
    }

    /**
     * @param dataDir the data folder (uploads are stored in its {@code media} folder)
     * @param settings the settings by key as in {@code kakehashi.properties} ({@code base.url},
     *     {@code db.url}, {@code db.user}, {@code max.upload.bytes}...)
     */
    public static BlogComponent open(Path dataDir, Map<String, String> settings) throws SchedulerException {
        return Components.open(dataDir, settings, Clock.systemUTC(), core -> {
            FederationBase base = FederationBase.build(core);
            return new BlogComponent(core, BlogModule.build(core, base.mentions()));
        });
    }

    public Transactions tx() {
        return core.tx();
    }

    /** Uploads: the file under the data folder and its row, in one unit of work. */
    public MediaService media() {
        return blog.media();
    }

    @Override
    public void close() throws SchedulerException {
        Components.close(core);
    }
}
