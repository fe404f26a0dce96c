package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A logged-in browser. Kept in the database, not in the container, so any node of a cluster can
 * serve the next request. Only the SHA-256 of the cookie's token is stored.
 */
@Entity
@Table(name = "web_session")
public class WebSession {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected WebSession() {}

    public WebSession(String tokenHash, long accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long accountId() {
        return accountId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
