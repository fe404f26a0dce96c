package dev.kakehashi.federation.vocab;

/** An actor's endpoints: the shared inbox that deliveries to many followers go to. */
public record Endpoints(String sharedInbox) {}
