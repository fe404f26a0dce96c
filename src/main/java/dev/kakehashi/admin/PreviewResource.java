package dev.kakehashi.admin;

import dev.kakehashi.domain.PostLimits;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * The compose page's live preview: Markdown in the body, the HTML a published post would show out.
 * It uses the posts' own renderer and sanitizer, so the preview never shows what publishing drops.
 */
@Path("/admin/preview")
public final class PreviewResource {
    private final MarkdownRenderer markdown;

    public PreviewResource(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @POST
    @Consumes({"text/plain", "text/markdown"})
    public Response preview(String body, @Context ContainerRequestContext request) {
        Auth.require(request);
        if (body != null && body.length() > PostLimits.BODY_MAX_CHARS) {
            throw ServiceException.tooLarge("Body must be at most " + PostLimits.BODY_MAX_CHARS + " characters");
        }
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        return Response.ok(markdown.render(body))
                .type(AdminRenderer.HTML)
                .cacheControl(cc)
                .build();
    }
}
