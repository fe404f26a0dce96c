/**
 * ActivityPub: how Kakehashi's actors and posts appear to other servers, and how their activities
 * come in and go out. A surface beside {@code web} and {@code admin}: it calls {@code service}, and
 * never imports another surface. Sub-packages:
 *
 * <ul>
 *   <li>{@code id}: {@code ActorIds} mints every id of ours (actors, posts, activities,
 *       collections) and tells which local actor an id names;
 *   <li>{@code vocab} and {@code convert}: ActivityStreams records, lenient parsing, and one-way
 *       converters ({@code PostToNote}...);
 *   <li>{@code actor}: local actors (instance, blog, authors), their keys and documents, and their
 *       collections and objects;
 *   <li>{@code inbox}: signature check, storage of received activities, the note dispatchers
 *       and the loop that drains the stored rows; {@code inbox.table}: the handler table
 *       ({@code InboxTable}, every activity/object pair and the handler it builds from
 *       {@code InboxServices}); {@code comments}, {@code reaction}, {@code reader} and
 *       {@code moderation} hold the handlers and consumers of their area, as do {@code polls} (votes in our polls, polls
 *       of remote posts, our authors' votes) and {@code quote} (quote requests and their
 *       approval, FEP-044f);
 *   <li>{@code delivery}: the outbox, fan-out to followers, signed delivery with retries;
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
