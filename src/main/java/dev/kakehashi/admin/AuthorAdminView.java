package dev.kakehashi.admin;

import dev.kakehashi.domain.Account;
import java.util.Locale;

/** An account as the authors page lists it. */
record AuthorAdminView(
        String id, String username, String displayName, String email, String role, boolean me, String publicUrl) {
    static AuthorAdminView of(Account a, long myId, String publicUrl) {
        return new AuthorAdminView(
                Long.toString(a.id()),
                a.username(),
                a.displayName(),
                a.email(),
                a.role().name().toLowerCase(Locale.ROOT),
                a.id() == myId,
                publicUrl);
    }
}
