package dev.kakehashi.store;

import java.util.List;
import java.util.Locale;

/**
 * The hashtags a tag timeline asks for, as Mastodon's {@code any[]}, {@code all[]} and {@code
 * none[]} read them: a post carries at least one of {@code any}, every one of {@code all} and none
 * of {@code none}. Names match whatever their case, without a leading {@code #}; each list keeps its
 * first {@link #LIMIT_PER_MODE} names, as Mastodon's tag feed does.
 */
public record TagMatch(List<String> any, List<String> all, List<String> none) {
    public static final int LIMIT_PER_MODE = 4;

    public TagMatch {
        any = names(any);
        all = names(all);
        none = names(none);
    }

    private static List<String> names(List<String> raw) {
        return raw == null
                ? List.of()
                : raw.stream()
                        .map(n -> n.strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT))
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .limit(LIMIT_PER_MODE)
                        .toList();
    }

    /** The HQL condition on {@code p} (a Post); its parameters are bound by {@link #bind}. */
    String where() {
        StringBuilder w = new StringBuilder();
        if (!any.isEmpty()) {
            w.append(" and ").append(having("in (:tagAny)"));
        }
        for (int i = 0; i < all.size(); i++) {
            w.append(" and ").append(having("= :tagAll" + i));
        }
        if (!none.isEmpty()) {
            w.append(" and not ").append(having("in (:tagNone)"));
        }
        return w.toString();
    }

    void bind(org.hibernate.query.SelectionQuery<?> q) {
        if (!any.isEmpty()) {
            q.setParameterList("tagAny", any);
        }
        for (int i = 0; i < all.size(); i++) {
            q.setParameter("tagAll" + i, all.get(i));
        }
        if (!none.isEmpty()) {
            q.setParameterList("tagNone", none);
        }
    }

    private static String having(String test) {
        return "p.id in (select pt.id from Post pt join pt.tags t where lower(t) " + test + ")";
    }
}
