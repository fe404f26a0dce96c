package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Handles;
import dev.kakehashi.service.SiteService;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the admin's own pages (not themed) from {@code admin/templates/} on the classpath. */
public final class AdminRenderer {
    public static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    private final TemplateEngine engine = new TemplateEngine();
    private final SiteService site;
    private final ToLongFunction<SignedIn> unreadNotifications;
    private final ToLongFunction<SignedIn> pendingComments;
    private Handles handles;

    public AdminRenderer(SiteService site) {
        this(site, me -> 0, me -> 0);
    }

    /** Adds {@code blogHandle} and {@code myHandle} (the fediverse handles) to every page's model. */
    public AdminRenderer withHandles(Handles handles) {
        this.handles = handles;
        return this;
    }

    /**
     * @param unreadNotifications the signed-in user's unread notifications, for the nav's badge
     * @param pendingComments how many comments wait for this user's approval, for the navigation
     */
    public AdminRenderer(
            SiteService site, ToLongFunction<SignedIn> unreadNotifications, ToLongFunction<SignedIn> pendingComments) {
        this.site = site;
        this.unreadNotifications = unreadNotifications;
        this.pendingComments = pendingComments;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AdminRenderer.class.getClassLoader());
        resolver.setPrefix("admin/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /**
     * Renders an admin page with {@code status}. The model always has {@code siteTitle}, {@code me}
     * (the signed-in user or null), {@code csrf} (the token every form must send back) and {@code
     * unreadNotifications} (the nav's badge) and {@code pendingComments} (how many comments wait for
     * this user's approval).
     */
    public Response render(int status, String template, String title, SignedIn me, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("siteTitle", site.current().title());
        all.put("title", title);
        all.put("me", me);
        all.put("csrf", me == null ? "" : me.csrfToken());
        all.put("unreadNotifications", me == null ? 0L : unreadNotifications.applyAsLong(me));
        all.put("pendingComments", pending(me));
        all.put("blogHandle", handles == null ? null : handles.blog());
        all.put("myHandle", handleOf(me));
        all.put("section", template);
        String html = engine.process(template, new Context(Locale.ENGLISH, all));
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        return Response.status(status)
                .entity(html)
                .type(HTML)
                .cacheControl(cc)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .build();
    }

    /** The signed-in user's fediverse handle ({@code @name@host}), or null before handles are known. */
    String handleOf(SignedIn me) {
        return handles == null || me == null ? null : handles.author(me.username());
    }

    /** The nav's count is a nicety: an error page must still render when it cannot be read. */
    private long pending(SignedIn me) {
        if (me == null) {
            return 0;
        }
        try {
            return pendingComments.applyAsLong(me);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    public Response render(String template, String title, SignedIn me, Map<String, Object> model) {
        return render(200, template, title, me, model);
    }
}
