/**
 * ActivityPub: how Kakehashi's actors and posts appear to other servers, and how their activities
 * come in. Sub-packages, following DESIGN.md:
 *
 * <ul>
 *   <li>{@code signature}: HTTP signatures, draft-cavage (signing and verifying) and RFC 9421
 *       (verifying), with Digest and Content-Digest over the exact bytes;
 *   <li>{@code remote}: every outgoing GET (signed, size- and time-limited, SSRF-guarded after DNS
 *       resolution), WebFinger lookups, and the cache of remote actors;
 *   <li>{@code wellknown}: WebFinger, host-meta and NodeInfo;
 *   <li>{@code actor}: local actors (instance, blog, authors), their keys and documents, and their
 *       collections;
 *   <li>{@code vocab} and {@code convert}: ActivityStreams records, lenient parsing, and one-way
 *       converters ({@code PostToNote}...);
 *   <li>{@code inbox}, {@code outbox}, {@code delivery}: receiving and sending (later steps).
 * </ul>
 */
package dev.kakehashi.federation;
