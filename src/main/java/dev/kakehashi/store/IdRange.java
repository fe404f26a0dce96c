package dev.kakehashi.store;

/**
 * A page of rows by id, as Mastodon pages: below {@code maxId}, above {@code sinceId} or {@code
 * minId}; {@code ascending} reads upwards from {@code minId} (the page just above it). Null bounds
 * are open.
 */
public record IdRange(Long maxId, Long sinceId, Long minId, int limit) {
    public IdRange {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** The one row with this id: is it in a timeline's query? */
    public static IdRange only(long id) {
        return new IdRange(id + 1, id - 1, null, 1);
    }

    public boolean ascending() {
        return minId != null && maxId == null && sinceId == null;
    }

    /** The lower bound, exclusive: the larger of since and min. */
    public long above() {
        long since = sinceId == null ? Long.MIN_VALUE : sinceId;
        long min = minId == null ? Long.MIN_VALUE : minId;
        return Math.max(since, min);
    }

    /** The upper bound, exclusive. */
    public long below() {
        return maxId == null ? Long.MAX_VALUE : maxId;
    }

    /** The id bounds and order of a query over {@code column}. */
    String where(String column) {
        return column + " > :above and " + column + " < :below";
    }

    String order(String column) {
        return " order by " + column + (ascending() ? " asc" : " desc");
    }
}
