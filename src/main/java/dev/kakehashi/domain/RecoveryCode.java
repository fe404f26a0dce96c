package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One single-use recovery code of an author, stored as its SHA-256 only. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {
    @Id
    private long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(long id, long accountId, String codeHash) {
        this.id = id;
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public long id() {
        return id;
    }

    public String codeHash() {
        return codeHash;
    }

    public boolean used() {
        return usedAt != null;
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
