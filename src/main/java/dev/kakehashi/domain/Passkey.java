package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A passkey (WebAuthn credential) an author registered: its id, public key and signature counter. */
@Entity
@Table(name = "passkey")
public class Passkey {
    @Id
    private long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    /** Base64url, as the browser names it. */
    @Column(name = "credential_id", nullable = false)
    private String credentialId;

    /** The attested credential data (AAGUID, id, COSE public key), base64url. */
    @Column(nullable = false)
    private String credential;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected Passkey() {}

    public Passkey(
            long id, long accountId, String credentialId, String credential, long signCount, String name, Instant at) {
        this.id = id;
        this.accountId = accountId;
        this.credentialId = credentialId;
        this.credential = credential;
        this.signCount = signCount;
        this.name = name;
        this.createdAt = at;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String credentialId() {
        return credentialId;
    }

    public String credential() {
        return credential;
    }

    public long signCount() {
        return signCount;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public void used(long newSignCount, Instant at) {
        this.signCount = newSignCount;
        this.lastUsedAt = at;
    }
}
