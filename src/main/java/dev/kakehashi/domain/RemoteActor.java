package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person or blog on another server, as last fetched from its ActivityPub document. {@code uri} is
 * its actor id and never changes; everything else is refreshed from the document.
 */
@Entity
@Table(name = "remote_actor")
public class RemoteActor {
    @Id
    private long id;

    @Column(nullable = false, unique = true)
    private String uri;

    @Column(name = "actor_type", nullable = false)
    private String type;

    @Column(name = "preferred_username", nullable = false)
    private String preferredUsername;

    /** The authority of the actor id (host, plus the port when there is one). */
    @Column(nullable = false)
    private String host;

    private String name;

    @Column(name = "summary_html")
    private String summaryHtml;

    private String url;

    @Column(name = "icon_url")
    private String iconUrl;

    @Column(nullable = false)
    private String inbox;

    @Column(name = "shared_inbox")
    private String sharedInbox;

    @Column(name = "followers_url")
    private String followersUrl;

    @Column(name = "public_key_id")
    private String publicKeyId;

    @Column(name = "public_key_pem")
    private String publicKeyPem;

    @Column(name = "manually_approves", nullable = false)
    private boolean manuallyApproves;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "gone_at")
    private Instant goneAt;

    protected RemoteActor() {}

    public RemoteActor(long id, String uri, String host) {
        this.id = id;
        this.uri = uri;
        this.host = host;
    }

    /** Everything the document says, replacing what was cached; clears {@code goneAt}. */
    public void update(Profile p, Instant fetchedAt) {
        this.type = p.type();
        this.preferredUsername = p.preferredUsername();
        this.name = p.name();
        this.summaryHtml = p.summaryHtml();
        this.url = p.url();
        this.iconUrl = p.iconUrl();
        this.inbox = p.inbox();
        this.sharedInbox = p.sharedInbox();
        this.followersUrl = p.followersUrl();
        this.publicKeyId = p.publicKeyId();
        this.publicKeyPem = p.publicKeyPem();
        this.manuallyApproves = p.manuallyApproves();
        this.fetchedAt = fetchedAt;
        this.goneAt = null;
    }

    /** The actor's server answered 410: it was deleted. */
    public void markGone(Instant at) {
        this.goneAt = at;
    }

    /** The fields read from an actor document, already sanitized. */
    public record Profile(
            String type,
            String preferredUsername,
            String name,
            String summaryHtml,
            String url,
            String iconUrl,
            String inbox,
            String sharedInbox,
            String followersUrl,
            String publicKeyId,
            String publicKeyPem,
            boolean manuallyApproves) {}

    public long id() {
        return id;
    }

    public String uri() {
        return uri;
    }

    public String type() {
        return type;
    }

    public String preferredUsername() {
        return preferredUsername;
    }

    public String host() {
        return host;
    }

    /** {@code user@host}, the handle people type. */
    public String acct() {
        return preferredUsername + "@" + host;
    }

    public String name() {
        return name;
    }

    public String summaryHtml() {
        return summaryHtml;
    }

    public String url() {
        return url;
    }

    public String iconUrl() {
        return iconUrl;
    }

    public String inbox() {
        return inbox;
    }

    public String sharedInbox() {
        return sharedInbox;
    }

    /** Where to deliver: the shared inbox when there is one. */
    public String deliveryInbox() {
        return sharedInbox != null ? sharedInbox : inbox;
    }

    public String followersUrl() {
        return followersUrl;
    }

    public String publicKeyId() {
        return publicKeyId;
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    public boolean manuallyApproves() {
        return manuallyApproves;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public Instant goneAt() {
        return goneAt;
    }

    public boolean isGone() {
        return goneAt != null;
    }
}
