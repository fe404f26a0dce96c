package dev.kakehashi.store;

import java.util.HashMap;
import java.util.Map;

/** Site-wide settings an admin changes at run time (title, theme...), as name/value rows. */
public final class SiteSettingRepository {
    private final Transactions tx;

    public SiteSettingRepository(Transactions tx) {
        this.tx = tx;
    }

    public Map<String, String> all() {
        Map<String, String> values = new HashMap<>();
        Rows.list(tx.session(), "select name, setting_value from site_setting", q -> q, r -> r)
                .forEach(r -> values.put(r.str("name"), r.str("setting_value")));
        return values;
    }

    public void put(String name, String value) {
        int updated = tx.session()
                .createNativeMutationQuery("update site_setting set setting_value = :v where name = :n")
                .setParameter("n", name)
                .setParameter("v", value)
                .executeUpdate();
        if (updated == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into site_setting (name, setting_value) values (:n, :v)")
                    .setParameter("n", name)
                    .setParameter("v", value)
                    .executeUpdate();
        }
    }
}
