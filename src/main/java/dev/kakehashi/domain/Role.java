package dev.kakehashi.domain;

/** What an account may do in the admin. */
public enum Role {
    /** Everything, including other authors and site settings. */
    ADMIN,
    /** Own posts and own profile. */
    AUTHOR
}
