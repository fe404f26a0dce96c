package dev.kakehashi.domain;

/**
 * Who looks at a page of statuses: their account, their author actor's id (as their likes of blog
 * posts name it) and their local actor key (as what they sent about remote posts names it).
 */
public record StatusViewer(long accountId, String actorUri, String actorKey) {}
