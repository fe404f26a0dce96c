package dev.kakehashi.store;

import org.hibernate.query.MutationQuery;

/**
 * The SQL form of {@link dev.kakehashi.domain.BlockedDomain#covers}: a host column equal to the
 * domain or a subdomain of it, on any port; exactly the authority when the domain names a port.
 */
final class HostMatch {
    private HostMatch() {}

    /** The condition on {@code column}; bind it with {@link #bind}. */
    static String condition(String column, String domain) {
        if (domain.indexOf(':') >= 0) {
            return "(" + column + " = :hm_d)";
        }
        return "(" + column + " = :hm_d or " + column + " like :hm_dp escape '!' or " + column
                + " like :hm_s escape '!' or " + column + " like :hm_sp escape '!')";
    }

    static MutationQuery bind(MutationQuery q, String domain) {
        q.setParameter("hm_d", domain);
        if (domain.indexOf(':') < 0) {
            String d = escape(domain);
            q.setParameter("hm_dp", d + ":%").setParameter("hm_s", "%." + d).setParameter("hm_sp", "%." + d + ":%");
        }
        return q;
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
