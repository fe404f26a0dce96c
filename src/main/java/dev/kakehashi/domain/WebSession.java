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

    @Column(name = "second_factor_pending", nullable = false)
    private boolean secondFactorPending;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "remote_ip")
    private String remoteIp;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "webauthn_challenge")
    private String webauthnChallenge;

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

    /** True while the password was right but the second factor is still due: nobody is signed in. */
    public boolean secondFactorPending() {
        return secondFactorPending;
    }

    /** Holds the session until the second factor is given, which must happen before {@code until}. */
    public void awaitSecondFactor(Instant until) {
        this.secondFactorPending = true;
        this.expiresAt = until;
    }

    /** The browser and address this session was opened from, as the sessions list shows them. */
    public void describe(String userAgent, String remoteIp, Instant now) {
        this.userAgent = userAgent;
        this.remoteIp = remoteIp;
        this.lastSeenAt = now;
    }

    public String userAgent() {
        return userAgent;
    }

    public String remoteIp() {
        return remoteIp;
    }

    public Instant lastSeenAt() {
        return lastSeenAt == null ? createdAt : lastSeenAt;
    }

    public String webauthnChallenge() {
        return webauthnChallenge;
    }

    public void webauthnChallenge(String challenge) {
        this.webauthnChallenge = challenge;
    }
}
