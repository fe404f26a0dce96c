package dev.kakehashi.service;

import dev.kakehashi.domain.SitePage;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.content.Slugs;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The blog's pages: written in the admin or imported, each at {@code /<slug>} and in the menu. A
 * change is a write to site_page, which empties the page cache on every node like any shown table.
 */
public final class SitePageService {
    /** What an author typed into the page form. */
    public record PageInput(String title, String slug, String body, String parentId, String menuOrder) {}

    /** One link of the menu; {@code depth} is 0 for a top-level page, 1 for a page under it, ... */
    public record MenuEntry(String title, String url, int depth) {}

    private final Transactions tx;
    private final SitePageRepository pages;
    private final MarkdownRenderer markdown;
    private final Links links;
    private final Clock clock;

    public SitePageService(
            Transactions tx, SitePageRepository pages, MarkdownRenderer markdown, Links links, Clock clock) {
        this.tx = tx;
        this.pages = pages;
        this.markdown = markdown;
        this.links = links;
        this.clock = clock;
    }

    /** Every page, parents before their children, each level in menu order. */
    public List<SitePage> all() {
        return tx.read(() -> treeOrder(pages.all()));
    }

    public SitePage byId(long id) {
        return tx.read(() -> pages.byId(id)).orElseThrow(() -> ServiceException.notFound("Page"));
    }

    public Optional<SitePage> bySlug(String slug) {
        return tx.read(() -> pages.bySlug(slug));
    }

    /** The menu every themed page shows: every page, in {@link #all} order. */
    public List<MenuEntry> menu() {
        List<SitePage> ordered = all();
        Map<Long, Long> parents = new java.util.HashMap<>();
        ordered.forEach(p -> parents.put(p.id(), p.parentId()));
        List<MenuEntry> menu = new ArrayList<>(ordered.size());
        for (SitePage p : ordered) {
            int depth = 0;
            for (Long up = p.parentId(); up != null && depth < ordered.size(); up = parents.get(up)) {
                depth++;
            }
            menu.add(new MenuEntry(p.title(), links.page(p.slug()), depth));
        }
        return menu;
    }

    /**
     * A new page by {@code authorId}.
     *
     * @throws dev.kakehashi.service.error.InvalidInputException naming each field that is wrong
     */
    public SitePage create(long authorId, PageInput in) {
        return tx.call(() -> {
            long id = Snowflake.next();
            Checked c = check(id, in);
            var now = clock.instant();
            SitePage p = new SitePage(
                    id, authorId, c.title, c.slug, c.body, markdown.render(c.body), c.parent, c.order, now, now);
            pages.insert(p);
            return p;
        });
    }

    /**
     * Saves an edit by {@code editor}: its author or an admin. The page keeps its id, author and
     * creation time.
     */
    public SitePage update(long id, long editor, boolean admin, PageInput in) {
        return tx.call(() -> {
            SitePage old = editable(id, editor, admin);
            Checked c = check(id, in);
            SitePage p = new SitePage(
                    id,
                    old.authorId(),
                    c.title,
                    c.slug,
                    c.body,
                    markdown.render(c.body),
                    c.parent,
                    c.order,
                    old.createdAt(),
                    clock.instant());
            pages.update(p);
            return p;
        });
    }

    /** Deletes a page: its address answers 404 and it leaves the menu; pages under it move to the top. */
    public void delete(long id, long editor, boolean admin) {
        tx.run(() -> {
            editable(id, editor, admin);
            pages.delete(id);
        });
    }

    private SitePage editable(long id, long editor, boolean admin) {
        SitePage p = pages.byId(id).orElseThrow(() -> ServiceException.notFound("Page"));
        if (!admin && p.authorId() != editor) {
            throw ServiceException.forbidden("Only the page's author or an admin may change it.");
        }
        return p;
    }

    /**
     * A page from an import, inside the importer's unit of work: {@code html} is already sanitized, and kept as its body too (Markdown
     * passes HTML through). The slug is the wanted one, or the first free one after it.
     */
    public SitePage imported(
            long authorId,
            String title,
            String wantedSlug,
            String html,
            Long parentId,
            int order,
            java.time.Instant date) {
        String base = PageSlugs.VALID.matcher(wantedSlug).matches() ? wantedSlug : Slugs.fromTitle(title, 90);
        if (base.isEmpty()) {
            base = "page";
        }
        String slug = base;
        for (int n = 2; PageSlugs.reserved(slug) || pages.bySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        Long parent = parentId != null && pages.byId(parentId).isPresent() ? parentId : null;
        SitePage p = new SitePage(Snowflake.next(), authorId, title, slug, html, html, parent, order, date, date);
        pages.insert(p);
        return p;
    }

    /** Puts imported pages under their parent, imported after them (inside the importer's unit of work). */
    public void adoptImported(long parentId, List<Long> childIds) {
        childIds.forEach(child -> pages.setParent(child, parentId));
    }

    private record Checked(String title, String slug, String body, Long parent, int order) {}

    private Checked check(long id, PageInput in) {
        Validator v = new Validator();
        String title = v.text("title", "Title", in.title(), true, SitePage.TITLE_MAX_CHARS);
        String body = v.text("body", "Text", in.body(), false, SitePage.BODY_MAX_CHARS);
        String slug = in.slug() == null || in.slug().isBlank()
                ? Slugs.fromTitle(title, SitePage.SLUG_MAX_CHARS)
                : in.slug().strip();
        if (slug.isEmpty()) {
            v.fail("slug", "Address is required: the title has no letters or digits to make one from");
        } else if (slug.length() > SitePage.SLUG_MAX_CHARS
                || !PageSlugs.VALID.matcher(slug).matches()) {
            v.fail(
                    "slug",
                    "Address must be lowercase letters, digits and single dashes, at most " + SitePage.SLUG_MAX_CHARS
                            + " characters");
        } else if (PageSlugs.reserved(slug)) {
            v.fail("slug", "/" + slug + " is an address the blog itself uses; choose another");
        } else if (pages.bySlug(slug).filter(p -> p.id() != id).isPresent()) {
            v.fail("slug", "Another page is already at /" + slug);
        }
        int order = 0;
        String rawOrder = in.menuOrder() == null ? "" : in.menuOrder().strip();
        if (!rawOrder.isEmpty()) {
            if (rawOrder.matches("-?[0-9]{1,6}")) {
                order = Integer.parseInt(rawOrder);
            } else {
                v.fail("menuOrder", "Menu order must be a whole number between -999999 and 999999");
            }
        }
        Long parent = parent(v, id, in.parentId());
        v.throwIfInvalid();
        return new Checked(title, slug, body, parent, order);
    }

    /** The chosen parent, which must exist and must not be the page itself or under it. */
    private Long parent(Validator v, long id, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        long parentId;
        try {
            parentId = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            v.fail("parentId", "Choose a parent page from the list");
            return null;
        }
        Map<Long, SitePage> byId = pages.all().stream().collect(Collectors.toMap(SitePage::id, p -> p));
        if (!byId.containsKey(parentId)) {
            v.fail("parentId", "That parent page does not exist");
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (Long up = parentId;
                up != null && seen.add(up);
                up = byId.containsKey(up) ? byId.get(up).parentId() : null) {
            if (up == id) {
                v.fail("parentId", "A page cannot sit under itself or under one of its own pages");
                return null;
            }
        }
        return parentId;
    }

    /** Parents first, then their children, each level by menu order and title. */
    static List<SitePage> treeOrder(List<SitePage> sorted) {
        Set<Long> ids = sorted.stream().map(SitePage::id).collect(Collectors.toSet());
        Map<Long, List<SitePage>> children = new java.util.HashMap<>();
        List<SitePage> roots = new ArrayList<>();
        for (SitePage p : sorted) {
            if (p.parentId() == null || !ids.contains(p.parentId())) {
                roots.add(p);
            } else {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<SitePage> out = new ArrayList<>(sorted.size());
        Set<Long> placed = new HashSet<>();
        for (SitePage r : roots) {
            place(r, children, out, placed);
        }
        for (SitePage p : sorted) { // a cycle written by hand in the database: still listed, once
            if (!placed.contains(p.id())) {
                place(p, children, out, placed);
            }
        }
        return out;
    }

    private static void place(SitePage p, Map<Long, List<SitePage>> children, List<SitePage> out, Set<Long> placed) {
        if (!placed.add(p.id())) {
            return;
        }
        out.add(p);
        for (SitePage c : children.getOrDefault(p.id(), List.of())) {
            place(c, children, out, placed);
        }
    }
}
