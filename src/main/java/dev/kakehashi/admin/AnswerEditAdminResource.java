package dev.kakehashi.admin;

import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Ids;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * An author edits their answer to a comment: its text in a Markdown text area, saved through {@link
 * AnswerService#edit} as an app's edit is (the blog shows the new text, the earlier one is kept for
 * the history, the Update goes to those the answer reached). Admins may edit any author's answer, as
 * they edit any post; an author gets 403 for someone else's, 404 for what is no live answer, and the
 * form again with 400 for an empty or too long text.
 */
@Path("/admin/comments/{id}/edit")
public final class AnswerEditAdminResource {
    private final AnswerService answers;
    private final AdminRenderer renderer;

    public AnswerEditAdminResource(AnswerService answers, AdminRenderer renderer) {
        this.answers = answers;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form(
            @PathParam("id") String id, @QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        AnswerService.Draft draft = answers.draft(me.accountId(), Ids.parse(id, "Answer"));
        return page(200, me, draft, draft.text(), Map.of(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @PathParam("id") String id,
            MultivaluedMap<String, String> fields,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long answerId = Ids.parse(id, "Answer");
        String body = fields.getFirst("body");
        try {
            answers.edit(
                    me.accountId(), answerId, new AnswerService.Edit(body, null, null), AnswerService.Reach.ADMIN_ANY);
            return Response.seeOther(URI.create("/admin/comments/" + answerId + "/edit?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            AnswerService.Draft draft = answers.draft(me.accountId(), answerId);
            // The service names the text "status", as the API's edit does.
            Map<String, String> errors = new HashMap<>();
            errors.put("body", e.fieldErrors().getOrDefault("status", e.getMessage()));
            return page(400, me, draft, body == null ? "" : body, errors, false);
        }
    }

    private Response page(
            int status,
            SignedIn me,
            AnswerService.Draft draft,
            String body,
            Map<String, String> errors,
            boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("answer", draft);
        model.put("body", body);
        model.put("errors", errors);
        model.put("max", AnswerService.MAX_CHARS);
        model.put("saved", saved);
        return renderer.render(status, "answer-edit", "Edit an answer", me, model);
    }
}
