package dev.kakehashi.app;

import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.plugin.PluginRegistry;
import dev.kakehashi.store.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.quartz.SchedulerException;

/**
 * The app's inbox as {@link Wiring#start} builds it (the {@link Core}, {@link FederationBase},
 * {@link FederationModule} and {@link InboxModule}, in that order), without Tomcat, the HTTP surfaces
 * or started threads: component tests hand received activities to its table and read what the
 * services stored, so they exercise the handlers, consumers and services that ship.
 */
public final class InboxComponent implements AutoCloseable {
    private final Core core;
    private final FederationBase base;
    private final FederationModule federation;
    private final InboxModule inbox;

    private InboxComponent(Core core, FederationBase base, FederationModule federation, InboxModule inbox) {
        this.core = core;
        this.base = base;
        this.federation = federation;
        this.inbox = inbox;
    }

    /** On the system clock; see {@link #open(Path, Map, Clock)}. */
    public static InboxComponent open(Path dataDir, Map<String, String> settings) throws SchedulerException {
        return open(dataDir, settings, Clock.systemUTC());
    }

    /**
     * @param dataDir the data folder (its secret key is made there)
     * @param settings the settings by key as in {@code kakehashi.properties} ({@code base.url},
     *     {@code db.url}, {@code db.user}...)
     * @param clock the clock every service reads
     */
    public static InboxComponent open(Path dataDir, Map<String, String> settings, Clock clock)
            throws SchedulerException {
        return Components.open(dataDir, settings, clock, core -> {
            FederationBase base = FederationBase.build(core);
            FederationModule federation = FederationModule.build(core, base);
            InboxModule inbox = InboxModule.build(core, base, federation);
            return new InboxComponent(core, base, federation, inbox);
        });
    }

    /** The inbox table the drainer hands each stored activity to. */
    public InboxHandlers table() {
        return inbox.table();
    }

    public Transactions tx() {
        return core.tx();
    }

    public EventBus events() {
        return core.events();
    }

    /** Where a test adds a plugin (a comment filter) as the loader would. */
    public PluginRegistry plugins() {
        return core.plugins();
    }

    /** Remote actors, fetched (signed, through the SSRF guard) and cached as the inbox finds them. */
    public RemoteActorService remoteActors() {
        return base.remoteActors();
    }

    public CommentService comments() {
        return federation.comments().service();
    }

    public CommentSettings commentSettings() {
        return federation.comments().settings();
    }

    /** Blocks of actors and domains, as the admin makes and lifts them. */
    public BlockService blocks() {
        return inbox.blocking().blocks();
    }

    @Override
    public void close() throws SchedulerException {
        Components.close(core);
    }
}
