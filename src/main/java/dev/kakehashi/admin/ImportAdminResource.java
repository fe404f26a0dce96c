package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.wordpress.WordPressImportService;
import dev.kakehashi.service.wordpress.WordPressImportService.Received;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings → Import: upload a WordPress export, then watch its progress and read its report. Admins only. */
@Path(ImportAdminResource.PATH)
public final class ImportAdminResource {
    public static final String PATH = "/admin/settings/import";
    /** The file, the uploads zip, the pings choice and room for what a browser adds. */
    private static final int MAX_PARTS = 8;

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

    /**
     * Takes the export as it streams in (see {@link StreamedMultipart}) and writes it to the data
     * folder, under the import's own upload limit rather than {@code max.upload.bytes}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces("text/html")
    public Response upload(
            InputStream body, @HeaderParam("Content-Type") MediaType type, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        Received[] file = {null};
        boolean[] skipPings = {false};
        try {
            StreamedMultipart.read(body, type, MAX_PARTS, (part, content) -> {
                if ("file".equals(part.getName()) && file[0] == null) {
                    file[0] = imports.receive(me.accountId(), part.getFileName(), content);
                } else if ("uploads".equals(part.getName()) && hasFile(part.getFileName())) {
                    if (file[0] == null) {
                        throw new ServiceException(422, "Send the export before the uploads zip.");
                    }
                    imports.receiveUploads(file[0], content);
                } else if ("pings".equals(part.getName())) {
                    skipPings[0] = "skip".equals(new String(content.readNBytes(16), StandardCharsets.UTF_8));
                }
            });
            if (file[0] == null) {
                return page(422, me, "Choose the .xml file WordPress exported, or a Kakehashi export .zip.");
            }
            imports.start(file[0], !skipPings[0]);
            return Response.seeOther(URI.create(PATH)).build();
        } catch (ServiceException e) {
            if (file[0] != null) {
                imports.discard(file[0]);
            }
            if (e.status() == 403) {
                throw e;
            }
            return page(e.status(), me, e.getMessage());
        }
    }

    private static boolean hasFile(String fileName) {
        return fileName != null && !fileName.isBlank();
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
