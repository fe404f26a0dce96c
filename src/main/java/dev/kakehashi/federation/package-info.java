/**
 * ActivityPub: how Kakehashi's actors and posts appear to other servers, and how their activities
 * come in and go out. A surface beside {@code web}, {@code admin} and {@code mastodon}: it calls
 * {@code service}, never imports another surface, and reaches {@code store} only in {@code delivery}
 * and the inbox's own storage (its {@code Inbox*} classes), whose rows are the queues themselves;
 * transactions open in the services it calls. Sub-packages:
 *
 * <ul>
 *   <li>{@code id}: {@code ActorIds} mints every id of ours (actors, posts, activities,
 *       collections) and tells which local actor an id names; whether a URL is ours, and what it
 *       is, has one answer, {@code service.Links.local};
 *   <li>{@code vocab} and {@code convert}: ActivityStreams records, lenient parsing, and one-way
 *       converters ({@code PostToNote}...);
 *   <li>{@code actor}: local actors (instance, blog, authors), their keys and documents, and their
 *       collections and objects;
 *   <li>{@code inbox}: signature check, storage of received activities, the typed records of
 *       what they carry ({@code Inbound}), the note dispatchers and the drainer of the stored rows
 *       ({@code InboxDrainer}); {@code inbox.table}: the handler table ({@code InboxTable}, every
 *       activity/object pair, its record's reader and the handler it builds from
 *       {@code InboxServices}); {@code comments}, {@code reaction}, {@code reader} and
 *       {@code moderation} hold the handlers and consumers of their area, as do {@code polls} (votes in our polls, polls
 *       of remote posts, our authors' votes) and {@code quote} (quote requests and their
 *       approval, FEP-044f);
 *   <li>{@code delivery}: the outbox, fan-out to followers, signed delivery with retries
 *       ({@code DeliveryDrainer}), row states as {@code domain.DeliveryState};
 *   <li>{@code signature}: HTTP signatures, draft-cavage (signing and verifying) and RFC 9421
 *       (verifying), with Digest and Content-Digest over the exact bytes;
 *   <li>{@code remote}: every outgoing GET (signed, size- and time-limited, SSRF-guarded after DNS
 *       resolution), WebFinger lookups, and remote actors fetched and refreshed
 *       ({@code RemoteActorService}; {@code service.RemoteActorCache} keeps them);
 *   <li>{@code wellknown}: WebFinger, host-meta and NodeInfo.
 * </ul>
 *
 * <p>See {@code docs/architecture.md} for the layers and where to add an inbound activity.
 */
package dev.kakehashi.federation;
