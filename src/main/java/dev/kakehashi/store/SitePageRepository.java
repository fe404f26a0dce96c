package dev.kakehashi.store;

import dev.kakehashi.domain.SitePage;
import java.util.List;
import java.util.Optional;

/** The blog's pages (the site_page table). */
public final class SitePageRepository {
    private static final String COLUMNS =
            "id, author_id, title, slug, body_markdown, body_html, parent_id," + " menu_order, created_at, updated_at";

    private final Transactions tx;

    public SitePageRepository(Transactions tx) {
        this.tx = tx;
    }

    public void insert(SitePage p) {
        tx.session()
                .createNativeMutationQuery("insert into site_page (" + COLUMNS + ") values (:id, :author, :title,"
                        + " :slug, :md, :html, :parent, :menuOrder, :created, :updated)")
                .setParameter("id", p.id())
                .setParameter("author", p.authorId())
                .setParameter("title", p.title())
                .setParameter("slug", p.slug())
                .setParameter("md", p.bodyMarkdown())
                .setParameter("html", p.bodyHtml())
                .setParameter("parent", p.parentId(), Long.class)
                .setParameter("menuOrder", p.menuOrder())
                .setParameter("created", p.createdAt())
                .setParameter("updated", p.updatedAt())
                .executeUpdate();
    }

    /** Writes everything but the id, the author and the creation time. */
    public void update(SitePage p) {
        tx.session()
                .createNativeMutationQuery("update site_page set title = :title, slug = :slug, body_markdown = :md,"
                        + " body_html = :html, parent_id = :parent, menu_order = :menuOrder, updated_at = :updated"
                        + " where id = :id")
                .setParameter("id", p.id())
                .setParameter("title", p.title())
                .setParameter("slug", p.slug())
                .setParameter("md", p.bodyMarkdown())
                .setParameter("html", p.bodyHtml())
                .setParameter("parent", p.parentId(), Long.class)
                .setParameter("menuOrder", p.menuOrder())
                .setParameter("updated", p.updatedAt())
                .executeUpdate();
    }

    /** Puts a page under another. */
    public void setParent(long id, long parentId) {
        tx.session()
                .createNativeMutationQuery("update site_page set parent_id = :p where id = :id")
                .setParameter("p", parentId)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Deletes a page; its children move up to the top of the menu (the foreign key sets null). */
    public boolean delete(long id) {
        return tx.session()
                        .createNativeMutationQuery("delete from site_page where id = :id")
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    public Optional<SitePage> byId(long id) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from site_page where id = :id",
                q -> q.setParameter("id", id),
                SitePageRepository::page);
    }

    public Optional<SitePage> bySlug(String slug) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from site_page where slug = :slug",
                q -> q.setParameter("slug", slug),
                SitePageRepository::page);
    }

    /** Every page in menu order (then by title), as the menu and the admin list show them. */
    public List<SitePage> all() {
        return Rows.list(
                tx.session(),
                "select " + COLUMNS + " from site_page order by menu_order, title, id",
                q -> q,
                SitePageRepository::page);
    }

    private static SitePage page(Rows.Row r) {
        return new SitePage(
                r.lng("id"),
                r.lng("author_id"),
                r.str("title"),
                r.str("slug"),
                r.str("body_markdown"),
                r.str("body_html"),
                r.lngOrNull("parent_id"),
                r.integer("menu_order"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }
}
