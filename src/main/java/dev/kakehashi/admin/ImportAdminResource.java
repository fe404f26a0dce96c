package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.wordpress.WordPressImportService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** Settings → Import: upload a WordPress export, then watch its progress and read its report. Admins only. */
@Path("/admin/settings/import")
public final class ImportAdminResource {
    /** Seconds between the progress page's reloads while an import runs. */
    static final int REFRESH_SECONDS = 3;

    private final WordPressImportService imports;
    private final AdminRenderer renderer;

    public ImportAdminResource(WordPressImportService imports, AdminRenderer renderer) {
        this.imports = imports;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response page(@Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        return page(200, me, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces("text/html")
    public Response upload(
            @FormDataParam("file") InputStream file,
            @FormDataParam("file") FormDataContentDisposition disposition,
            @FormDataParam("pings") String pings,
            @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        if (file == null) {
            return page(422, me, "Choose the .xml file WordPress exported.");
        }
        try {
            imports.start(
                    me.accountId(),
                    disposition == null ? null : disposition.getFileName(),
                    file,
                    !"skip".equals(pings));
            return Response.seeOther(URI.create("/admin/settings/import")).build();
        } catch (ServiceException e) {
            if (e.status() == 403) {
                throw e;
            }
            return page(e.status(), me, e.getMessage());
        }
    }

    private Response page(int status, SignedIn me, String error) {
        List<ImportAdminView> views =
                imports.recent().stream().map(ImportAdminView::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("imports", views);
        model.put("error", error);
        Response r = renderer.render(status, "import", "Import", me, model);
        if (views.stream().anyMatch(v -> !v.finished())) {
            return Response.fromResponse(r).header("Refresh", REFRESH_SECONDS).build();
        }
        return r;
    }
}
