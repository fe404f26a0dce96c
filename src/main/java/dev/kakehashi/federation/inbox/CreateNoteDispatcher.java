package dev.kakehashi.federation.inbox;

/**
 * {@code Create} of a Note, Article or Page: once the actor is known to have written it, the post is
 * offered to every consumer (reader, comments, quotes, mentions). A post none of them takes is
 * rejected as unrelated to this site, as Mastodon drops it (INTEROP A7.4).
 */
public final class CreateNoteDispatcher implements ActivityHandler<Inbound.Create> {
    private final NoteConsumers consumers;

    CreateNoteDispatcher(NoteConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public void handle(Inbound.Create activity) {
        NoteAuthorship.require(activity.actorId(), activity.object());
        boolean taken = false;
        for (NoteConsumer c : consumers.all()) {
            taken |= c.created(activity, activity.object());
        }
        if (!taken) {
            throw new RejectedActivity("not related to this site: " + Activities.idOf(activity.object()));
        }
    }
}
