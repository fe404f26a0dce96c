package dev.kakehashi.domain;

/** A comment with its author as the remote actor cache knows them (null fields when unknown). */
public record CommentWithAuthor(
        Comment row, String authorName, String authorUsername, String authorAvatar, String authorUrl) {}
