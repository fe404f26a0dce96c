package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.service.ConversationService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A direct message to some of our authors (see {@link DirectAddressing}): kept as a DIRECT post, with
 * its attachments read as the reader reads them ({@link ObjectToRemoteMedia}), and filed in each
 * recipient's conversations. Edits and deletions reach it through the reader, which
 * holds every stored post by its id.
 */
public final class DirectMessageConsumer implements NoteConsumer {
    private final ConversationService conversations;
    private final ObjectToRemotePost convert;
    private final ActorIds ids;

    public DirectMessageConsumer(ConversationService conversations, ObjectToRemotePost convert, ActorIds ids) {
        this.conversations = conversations;
        this.convert = convert;
        this.ids = ids;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        if (!DirectAddressing.isDirect(object)) {
            return false;
        }
        List<Long> recipients = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>(List.of(activity.actorId()));
        for (String to : DirectAddressing.addressed(object)) {
            var ours = ids.parse(to);
            if (ours.isPresent() && ours.get().kind() == ActorRef.Kind.AUTHOR) {
                recipients.add(ours.get().accountId());
            } else if (ours.isEmpty()) {
                participants.add(to);
            }
        }
        if (recipients.isEmpty()) {
            return false;
        }
        RemotePostContent post = convert.convert(activity.actorId(), object);
        return conversations.received(post, post.inReplyTo(), recipients, participants, ObjectToRemoteMedia.of(object));
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        return false;
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        return false;
    }
}
