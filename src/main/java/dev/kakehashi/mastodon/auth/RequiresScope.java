package dev.kakehashi.mastodon.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a Mastodon API method (or every method of a class) needs, as Mastodon's controllers
 * declare it: {@code @RequiresScope("read:statuses")}. {@code read} implies every {@code read:*},
 * {@code write} every {@code write:*}, {@code follow} the blocks, follows and mutes scopes. Without
 * a valid token the answer is 401, with a token lacking the scope 403 (see {@link
 * BearerTokenFilter}). A method without it is public, but still sees the {@link ApiCaller} of a
 * valid token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
    /** One scope, or several of which any one suffices ({@code {"read:accounts", "profile"}}). */
    String[] value();
}
