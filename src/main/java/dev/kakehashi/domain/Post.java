package dev.kakehashi.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An article or a short post. Its id is a {@link Snowflake} and never changes once minted. */
@Entity
@Table(name = "post")
public class Post {
    @Id
    private long id;

    // Eager: Hibernate runs without a bytecode provider (no proxy classes generated at start-up), and
    // every listing fetches the author with the post anyway.
    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;

    private String title;

    private String slug;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown = "";

    @Column(name = "body_html", nullable = false)
    private String bodyHtml = "";

    private String excerpt;

    /** What readers see before they open a short post (Mastodon's spoiler text); null for none. */
    @Column(name = "content_warning")
    private String contentWarning;

    @ManyToOne
    @JoinColumn(name = "cover_id")
    private Media cover;

    @ElementCollection
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "name")
    private Set<String> tags = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "post_media",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "media_id"))
    @OrderColumn(name = "position")
    private List<Media> attachments = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** A new unique value at every change (see {@link #shownVersion}). */
    @Column(name = "shown_version", nullable = false)
    private long shownVersion;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** The id of someone else's post this one replies to (a reply written from the reader). */
    @Column(name = "in_reply_to")
    private String inReplyTo;

    @Column(name = "comments_closed", nullable = false)
    private boolean commentsClosed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PUBLIC;

    /** Its media shows behind a warning. */
    @Column(nullable = false)
    private boolean sensitive;

    /** An ISO 639 code, or null for the blog's language. */
    @Column(name = "language")
    private String language;

    /** The post this one quotes and whether its author approved, or null. */
    @Embedded
    private PostQuote quote;

    /** Derived from {@link #bodyHtml} on write (see {@link #rendered}): plain text, at most 300 chars. */
    @Column(name = "body_summary")
    private String bodySummary;

    @Column(name = "body_html_absolute")
    private String bodyHtmlAbsolute;

    @Column(name = "render_stamp")
    private String renderStamp;

    /** Kept after deletion: the Delete goes to whoever the post mentioned. */
    @ElementCollection
    @CollectionTable(name = "post_mention", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    private List<PostMention> mentions = new ArrayList<>();

    protected Post() {}

    public Post(long id, Account author, PostKind kind, Instant now) {
        this.id = id;
        this.author = author;
        this.kind = kind;
        this.status = PostStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public Account author() {
        return author;
    }

    public PostKind kind() {
        return kind;
    }

    public boolean isArticle() {
        return kind == PostKind.ARTICLE;
    }

    public PostStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public boolean isDeleted() {
        return status == PostStatus.DELETED;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String excerpt() {
        return excerpt;
    }

    /** The content warning readers see before the text, or null when the post has none. */
    public String contentWarning() {
        return contentWarning;
    }

    public Media cover() {
        return cover;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    public List<Media> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The post's change stamp: a new unique value (a {@link Snowflake}) at every change of the post (its
     * content, hashtags, attachments, mentions, rendering, visibility, quote, publication), and in the
     * database at a change of the alt text of an image it shows. What was derived from the post at one
     * value holds while the value is the same. Unique rather than counted, so that two transactions
     * writing the same post at once (the last writer's row wins) can never leave a value another
     * content was kept under.
     */
    public long shownVersion() {
        return shownVersion;
    }

    /** Gives the post a new change stamp; every mutator calls it. */
    private void changed() {
        shownVersion = Snowflake.next();
    }

    /** When a published post was last changed; null while it was never edited after publishing. */
    public Instant editedAt() {
        return editedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public void replyTo(String objectId) {
        this.inReplyTo = objectId;
        changed();
    }

    /** Whether new comments are refused (the author closed them). */
    public boolean commentsClosed() {
        return commentsClosed;
    }

    public void closeComments(boolean closed) {
        this.commentsClosed = closed;
        changed();
    }

    /** Who may see it; public unless the author chose otherwise. */
    public Visibility visibility() {
        return visibility;
    }

    public void visibility(Visibility visibility) {
        this.visibility = visibility;
        changed();
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** The post's own language, or null when it is in the blog's. */
    public String language() {
        return language;
    }

    /** The id (URI) of the post this one quotes, or null. */
    public String quoteUri() {
        return quote == null ? null : quote.uri();
    }

    /** The quote and its approval, or null when the post quotes nothing. */
    public PostQuote quote() {
        return quote;
    }

    /** Quotes {@code uri} (null: nothing), not yet approved. */
    public void quote(String uri) {
        this.quote = PostQuote.of(uri);
        changed();
    }

    /** The quoted author's answer: not an edit, but a change peers are told of with an Update. */
    public void quoteAnswered(PostQuote answered, Instant now) {
        this.quote = answered;
        this.updatedAt = now;
        changed();
    }

    /** Marks the media sensitive (or not) and sets the language (null: the blog's). */
    public void posting(boolean sensitive, String language) {
        this.sensitive = sensitive;
        this.language = language;
        changed();
    }

    /** Whether it is listed on pages, feeds and collections (published and public). */
    public boolean isListed() {
        return isPublished() && visibility == Visibility.PUBLIC;
    }

    /** Who the post mentions, in the order they appear; set with the rendered HTML. */
    public List<PostMention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public void mention(List<PostMention> resolved) {
        if (!mentions.equals(resolved)) {
            mentions.clear();
            mentions.addAll(resolved);
            changed();
        }
    }

    /** The start of the body as plain text, as last rendered; null before the first rendering. */
    public String bodySummary() {
        return bodySummary;
    }

    /** The body with absolute links and image addresses (for feeds), as last rendered. */
    public String bodyHtmlAbsolute() {
        return bodyHtmlAbsolute;
    }

    /** Which renderer (version and base URL) made the derived fields; null when never rendered. */
    public String renderStamp() {
        return renderStamp;
    }

    /** Records what the service derived from {@link #bodyHtml}; not an edit, so no time changes. */
    public void rendered(String summary, String absoluteHtml, String stamp) {
        this.bodySummary = summary;
        this.bodyHtmlAbsolute = absoluteHtml;
        this.renderStamp = stamp;
        changed();
    }

    /** Replaces the content. Content checks belong to the service; this only records. */
    public void write(PostContent content, String renderedHtml, Instant now) {
        this.title = content.title();
        this.slug = content.slug();
        this.bodyMarkdown = content.bodyMarkdown();
        this.bodyHtml = renderedHtml;
        this.excerpt = content.excerpt();
        this.contentWarning = content.contentWarning();
        this.cover = content.cover();
        this.tags.clear();
        this.tags.addAll(content.tags());
        this.attachments.clear();
        this.attachments.addAll(content.attachments());
        this.attachments.forEach(Media::attached);
        if (this.cover != null) {
            this.cover.attached();
        }
        this.updatedAt = now;
        if (status == PostStatus.PUBLISHED) {
            this.editedAt = now;
        }
        changed();
    }

    public void publish(Instant now) {
        this.status = PostStatus.PUBLISHED;
        this.publishedAt = now;
        this.scheduledAt = null;
        this.updatedAt = now;
        changed();
    }

    public void schedule(Instant at, Instant now) {
        this.status = PostStatus.SCHEDULED;
        this.scheduledAt = at;
        this.updatedAt = now;
        changed();
    }

    public void unpublishToDraft(Instant now) {
        this.status = PostStatus.DRAFT;
        this.scheduledAt = null;
        this.updatedAt = now;
        changed();
    }

    /** Turns the post into a tombstone: the content goes, the id and slug stay to answer 410. */
    public void delete(Instant now) {
        this.status = PostStatus.DELETED;
        this.deletedAt = now;
        this.updatedAt = now;
        this.title = null;
        this.bodyMarkdown = "";
        this.bodyHtml = "";
        this.bodySummary = null;
        this.bodyHtmlAbsolute = null;
        this.renderStamp = null;
        this.excerpt = null;
        this.contentWarning = null;
        this.cover = null;
        this.tags.clear();
        this.attachments.clear();
        this.scheduledAt = null;
        changed();
    }
}
