package dev.kakehashi.admin;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.signin.PasswordResetService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * "Forgot your password?": asks for a mailed link when SMTP is set up (else says how the server's
 * owner gets one), and sets the new password through a link.
 */
@Path("/")
public final class PasswordResetResource {
    private final PasswordResetService resets;
    private final AdminRenderer renderer;

    public PasswordResetResource(PasswordResetService resets, AdminRenderer renderer) {
        this.resets = resets;
        this.renderer = renderer;
    }

    @GET
    @Path("forgot-password")
    @Produces("text/html")
    public Response forgot() {
        return page(200, "request", null, Map.of());
    }

    @POST
    @Path("forgot-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response mail(@FormParam("username") String username) {
        resets.mailLink(username);
        // The same answer whether or not the account exists.
        return page(200, "sent", null, Map.of());
    }

    @GET
    @Path("reset-password")
    @Produces("text/html")
    public Response form(@QueryParam("token") String token) {
        return resets.valid(token) ? page(200, "choose", token, Map.of()) : page(410, "expired", null, Map.of());
    }

    @POST
    @Path("reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response reset(@FormParam("token") String token, @FormParam("password") String password) {
        try {
            resets.reset(token, password);
            return page(200, "done", null, Map.of());
        } catch (InvalidInputException e) {
            if (e.fieldErrors().containsKey("token")) {
                return page(410, "expired", null, Map.of());
            }
            return page(422, "choose", token, e.fieldErrors());
        }
    }

    private Response page(int status, String step, String token, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("step", step);
        model.put("token", token);
        model.put("errors", errors);
        model.put("mail", resets.mailConfigured());
        return renderer.render(status, "reset-password", "Reset your password", null, model);
    }
}
