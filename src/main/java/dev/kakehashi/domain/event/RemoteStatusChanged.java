package dev.kakehashi.domain.event;

/**
 * A post or boost from elsewhere arrived, was edited or is about to go (deleted by its author, or
 * the boost undone). Raised inside the transaction: {@code REMOVED} before the row goes, so those
 * who could see it can still be told.
 *
 * @param statusId the remote post's id, or the boost's
 */
public record RemoteStatusChanged(Change change, long statusId) implements DomainEvent {
    public enum Change {
        ARRIVED,
        EDITED,
        REMOVED
    }
}
