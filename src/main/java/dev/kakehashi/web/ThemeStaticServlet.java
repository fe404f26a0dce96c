package dev.kakehashi.web;

import dev.kakehashi.web.theme.ThemeCatalog;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Serves {@code /theme/<id>/<file>} from the theme's {@code static/} folder, cached for a day. */
public final class ThemeStaticServlet extends HttpServlet {
    private final transient ThemeCatalog catalog;

    public ThemeStaticServlet(ThemeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0) {
            resp.sendError(404);
            return;
        }
        String id = path.substring(1, slash);
        String file = path.substring(slash + 1);
        Optional<InputStream> in = file.isEmpty() ? Optional.empty() : catalog.open(id, "static/" + file);
        if (in.isEmpty()) {
            resp.sendError(404);
            return;
        }
        String type = getServletContext().getMimeType(file);
        resp.setContentType(type == null ? "application/octet-stream" : type);
        if (type != null && (type.startsWith("text/") || type.contains("javascript"))) {
            resp.setCharacterEncoding("UTF-8");
        }
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream stream = in.get()) {
            stream.transferTo(resp.getOutputStream());
        }
    }
}
