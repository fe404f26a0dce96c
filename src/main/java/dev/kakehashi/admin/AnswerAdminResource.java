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
 * An author answers a comment: the comment with its post and author, and a Markdown text area.
 * The moderation list links here for each comment. 404 for an unknown comment, 403 for a comment
 * on someone else's post (admins may answer any), 400 with the form again for an empty text.
 */
@Path("/admin/comments/{id}/reply")
public final class AnswerAdminResource {
    private final AnswerService answers;
    private final AdminRenderer renderer;

    public AnswerAdminResource(AnswerService answers, AdminRenderer renderer) {
        this.answers = answers;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form(
            @PathParam("id") String id,
            @QueryParam("answered") String answered,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        AnswerService.Answering comment = answers.answering(me.accountId(), Ids.parse(id, "Comment"));
        return page(200, me, comment, "", Map.of(), answered);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response answer(
            @PathParam("id") String id,
            MultivaluedMap<String, String> fields,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        long commentId = Ids.parse(id, "Comment");
        String body = fields.getFirst("body");
        try {
            AnswerService.Answered done = answers.answer(me.accountId(), commentId, body);
            return Response.seeOther(URI.create("/admin/comments/" + commentId + "/reply?answered=" + done.id()))
                    .build();
        } catch (InvalidInputException e) {
            AnswerService.Answering comment = answers.answering(me.accountId(), commentId);
            return page(400, me, comment, body == null ? "" : body, e.fieldErrors(), null);
        }
    }

    private Response page(
            int status,
            SignedIn me,
            AnswerService.Answering comment,
            String body,
            Map<String, String> errors,
            String answered) {
        Map<String, Object> model = new HashMap<>();
        model.put("comment", comment);
        model.put("body", body);
        model.put("errors", errors);
        model.put("max", AnswerService.MAX_CHARS);
        model.put("answered", answered != null && answered.matches("[0-9]{1,19}") ? answered : null);
        return renderer.render(status, "answer", "Answer a comment", me, model);
    }
}
