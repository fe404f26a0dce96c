package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded image, stored as a file under the data folder with its metadata stripped. */
@Entity
@Table(name = "media")
public class Media {
    @Id
    private long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "alt_text", nullable = false)
    private String altText = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** An app's upload that no status has taken yet; deleted after a day (see MediaService). */
    @Column(nullable = false)
    private boolean unattached;

    @Column(name = "focus_x")
    private Double focusX;

    @Column(name = "focus_y")
    private Double focusY;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_state", nullable = false)
    private MediaState state = MediaState.READY;

    protected Media() {}

    public Media(
            long id,
            long ownerId,
            String fileName,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            String altText,
            Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.altText = altText;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String altText() {
        return altText;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void describe(String altText) {
        this.altText = altText;
    }

    public boolean unattached() {
        return unattached;
    }

    /** An app's upload: it waits for a status to take it. */
    public void awaitStatus() {
        this.unattached = true;
    }

    /** A post took it: it is kept from now on, whatever later edits do. */
    public void attached() {
        this.unattached = false;
    }

    /** The focal point an app set, or null. */
    public FocalPoint focus() {
        return focusX == null || focusY == null ? null : new FocalPoint(focusX, focusY);
    }

    /** Sets the focal point (null removes it); whether it changed. */
    public boolean focus(FocalPoint focus) {
        Double x = focus == null ? null : focus.x();
        Double y = focus == null ? null : focus.y();
        boolean changed = !java.util.Objects.equals(x, focusX) || !java.util.Objects.equals(y, focusY);
        this.focusX = x;
        this.focusY = y;
        return changed;
    }

    public MediaState state() {
        return state;
    }

    /** Stored with its original only: the processing job makes its file. */
    public void awaitProcessing() {
        this.state = MediaState.PROCESSING;
    }

    public boolean processing() {
        return state == MediaState.PROCESSING;
    }
}
