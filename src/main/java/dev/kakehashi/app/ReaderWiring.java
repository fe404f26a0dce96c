package dev.kakehashi.app;

import dev.kakehashi.federation.actor.ActorIds;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.reader.AcceptHandler;
import dev.kakehashi.federation.reader.CreateNoteHandler;
import dev.kakehashi.federation.reader.DeleteNoteHandler;
import dev.kakehashi.federation.reader.FollowingService;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.reader.RejectHandler;
import dev.kakehashi.federation.reader.UpdateNoteHandler;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * The reader side: authors following remote accounts, and the inbox handlers for what those
 * accounts send (Accept/Reject of our follows, Create/Update/Delete of their posts).
 *
 * @param handlers the inbox table, with the reader's handlers already in it; the follower side adds its own
 * @param deleteNote also the fallback of the generic Delete handler, for Deletes whose object is a bare id
 */
record ReaderWiring(
        FollowingService following, InboxHandlers handlers, dev.kakehashi.federation.inbox.InboxHandler deleteNote) {
    static ReaderWiring build(
            Transactions tx,
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            ActorIds actorIds,
            HtmlSanitizer sanitizer,
            Runnable kickDelivery,
            Clock clock,
            java.util.List<dev.kakehashi.federation.inbox.NoteConsumer> consumers) {
        var followingRepo = new FollowingRepository(tx);
        var remotePostRepo = new RemotePostRepository(tx);
        FollowingService following = new FollowingService(
                tx,
                followingRepo,
                remotePostRepo,
                new RemoteActorRepository(tx),
                webFinger,
                remoteActors,
                new OutboxRepository(tx),
                actorIds,
                kickDelivery,
                clock);
        ObjectToRemotePost toRemotePost = new ObjectToRemotePost(sanitizer);
        // TEMPORARY (branch reactions): the comments branch's NoteConsumer dispatcher replaces these wrappers.
        var deleteNote = TemporaryNoteDispatch.delete(consumers, new DeleteNoteHandler(tx, remotePostRepo, clock));
        InboxHandlers handlers = new InboxHandlers()
                .on("Accept", new AcceptHandler(tx, followingRepo, actorIds))
                .on("Reject", new RejectHandler(tx, followingRepo, actorIds))
                .on("Delete", "Tombstone", deleteNote);
        for (String type : new String[] {"Note", "Article", "Page"}) {
            handlers.on(
                            "Create",
                            type,
                            TemporaryNoteDispatch.create(
                                    consumers,
                                    new CreateNoteHandler(tx, followingRepo, remotePostRepo, toRemotePost, clock)))
                    .on(
                            "Update",
                            type,
                            TemporaryNoteDispatch.update(
                                    consumers, new UpdateNoteHandler(tx, remotePostRepo, toRemotePost, clock)))
                    .on("Delete", type, deleteNote);
        }
        return new ReaderWiring(following, handlers, deleteNote);
    }
}
