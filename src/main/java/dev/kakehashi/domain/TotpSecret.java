package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An author's authenticator-app secret (RFC 6238). Unconfirmed until the author has typed one code
 * from the app; only a confirmed secret asks for a code at sign-in.
 */
@Entity
@Table(name = "totp_secret")
public class TotpSecret {
    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected TotpSecret() {}

    public TotpSecret(long accountId, String secret, Instant createdAt) {
        this.accountId = accountId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public long accountId() {
        return accountId;
    }

    /**
     * The secret as stored: sealed by the sign-in service (older rows: Base32 in clear until the
     * next start seals them). Never the key an app takes without opening it first.
     */
    public String secret() {
        return secret;
    }

    /** Replaces the stored form of the same secret (sealing a row stored in clear). */
    public void storeAs(String stored) {
        this.secret = stored;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public void confirm(Instant at) {
        this.confirmedAt = at;
    }

    /** The last time step whose code was accepted; a code of that step or an older one is a replay. */
    public long lastStep() {
        return lastStep;
    }

    public void used(long step) {
        this.lastStep = step;
    }
}
