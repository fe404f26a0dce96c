package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.FollowsExport;
import dev.kakehashi.service.wordpress.WordPressExportService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Settings → Export: the blog as a WordPress export (WXR), the same with every upload as a zip, and
 * an author's follows and followers as Mastodon's CSV. Admins only; every file is streamed as it is
 * written, never built whole in memory.
 */
@Path(ExportAdminResource.PATH)
public final class ExportAdminResource {
    public static final String PATH = "/admin/settings/export";

    private final WordPressExportService export;
    private final FollowsExport follows;
    private final AdminRenderer renderer;

    public ExportAdminResource(WordPressExportService export, FollowsExport follows, AdminRenderer renderer) {
        this.export = export;
        this.follows = follows;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response page(@Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        return renderer.render(200, "export", "Export", me, Map.of());
    }

    @GET
    @Path("wordpress.xml")
    public Response wxr(@Context ContainerRequestContext request) {
        SettingsAdminResource.requireAdmin(request);
        return file("application/rss+xml;charset=utf-8", "kakehashi-" + today() + ".xml", export::writeWxr);
    }

    @GET
    @Path("wordpress.zip")
    public Response zip(@Context ContainerRequestContext request) {
        SettingsAdminResource.requireAdmin(request);
        return file("application/zip", "kakehashi-" + today() + ".zip", export::writeZip);
    }

    @GET
    @Path("following.csv")
    public Response following(@Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        String actor = FollowsExport.authorActor(me.accountId());
        return file("text/csv;charset=utf-8", "following_accounts.csv", out -> follows.writeFollowing(actor, out));
    }

    /** The signed-in author's followers, or with {@code of=blog} the blog actor's. */
    @GET
    @Path("followers.csv")
    public Response followers(@QueryParam("of") String of, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        boolean blog = "blog".equals(of);
        String actor = blog ? FollowsExport.BLOG_ACTOR : FollowsExport.authorActor(me.accountId());
        return file(
                "text/csv;charset=utf-8",
                blog ? "blog_followers.csv" : "followers.csv",
                out -> follows.writeFollowers(actor, out));
    }

    private static Response file(String type, String name, StreamingOutput body) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
