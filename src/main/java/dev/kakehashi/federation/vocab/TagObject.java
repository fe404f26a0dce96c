package dev.kakehashi.federation.vocab;

/** A {@code Hashtag} (name with {@code #}, href to the tag page) or a {@code Mention}. */
public record TagObject(String type, String name, String href) {}
