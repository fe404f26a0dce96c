package dev.kakehashi.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A local author: logs in to the admin, writes posts, and (later) is a fediverse actor. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    private long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String bio = "";

    @ManyToOne
    @JoinColumn(name = "avatar_id")
    private Media avatar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne
    @JoinColumn(name = "header_id")
    private Media header;

    @Column(nullable = false)
    private boolean bot;

    @Column(nullable = false)
    private boolean discoverable = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_visibility", nullable = false)
    private Visibility defaultVisibility = Visibility.PUBLIC;

    @Column(name = "default_sensitive", nullable = false)
    private boolean defaultSensitive;

    @Column(name = "default_language")
    private String defaultLanguage;

    /** Few and small: loaded with the account (batched for a page of authors by the default fetch size). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_field", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "field_order")
    private List<ProfileField> fields = new ArrayList<>();

    /** Former accounts on other servers (alsoKnownAs), one URL per line; null when none. */
    @Column(name = "also_known_as")
    private String alsoKnownAs;

    /** The actor URL of the account this author moved to (movedTo); null while the author stays. */
    @Column(name = "moved_to")
    private String movedTo;

    /** When the author last moved out; kept when they stay after all, for the cooldown between moves. */
    @Column(name = "moved_at")
    private Instant movedAt;

    protected Account() {}

    public Account(
            long id, String username, String email, String displayName, Role role, String passwordHash, Instant now) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public Media avatar() {
        return avatar;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void updateProfile(String displayName, String bio, String email, Instant now) {
        this.displayName = displayName;
        this.bio = bio;
        this.email = email;
        this.updatedAt = now;
    }

    public void changeAvatar(Media avatar, Instant now) {
        this.avatar = avatar;
        this.updatedAt = now;
    }

    public Media header() {
        return header;
    }

    public boolean bot() {
        return bot;
    }

    public boolean discoverable() {
        return discoverable;
    }

    public Visibility defaultVisibility() {
        return defaultVisibility;
    }

    public boolean defaultSensitive() {
        return defaultSensitive;
    }

    /** ISO 639 code of the language posts default to; null for the blog's. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    public List<ProfileField> fields() {
        return List.copyOf(fields);
    }

    public void changeHeader(Media header, Instant now) {
        this.header = header;
        this.updatedAt = now;
    }

    /** The profile flags and posting defaults Mastodon apps edit. */
    public void changeFlags(
            boolean bot,
            boolean discoverable,
            Visibility defaultVisibility,
            boolean defaultSensitive,
            String defaultLanguage,
            Instant now) {
        this.bot = bot;
        this.discoverable = discoverable;
        this.defaultVisibility = defaultVisibility;
        this.defaultSensitive = defaultSensitive;
        this.defaultLanguage = defaultLanguage;
        this.updatedAt = now;
    }

    public void changeFields(List<ProfileField> fields, Instant now) {
        this.fields.clear();
        this.fields.addAll(fields);
        this.updatedAt = now;
    }

    public void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** The actor URLs of this author's former accounts, for the actor's {@code alsoKnownAs}. */
    public List<String> alsoKnownAs() {
        return alsoKnownAs == null || alsoKnownAs.isBlank()
                ? java.util.List.of()
                : java.util.List.of(alsoKnownAs.split("\n"));
    }

    /** The actor URL of the author's new account, or null. */
    public String movedTo() {
        return movedTo;
    }

    /** When the author last moved out, or null. */
    public Instant movedAt() {
        return movedAt;
    }

    /** Records the author's new account ({@code null} takes the move back, keeping when it was made). */
    public void changeMovedTo(String actorUrl, Instant now) {
        this.movedTo = actorUrl;
        if (actorUrl != null) {
            this.movedAt = now;
        }
        this.updatedAt = now;
    }

    public void changeAlsoKnownAs(java.util.List<String> urls, Instant now) {
        this.alsoKnownAs = urls.isEmpty() ? null : String.join("\n", urls);
        this.updatedAt = now;
    }
}
