package dev.kakehashi.admin;

import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.InvalidInputException;
import dev.kakehashi.service.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** First run: the blog's title and the first admin, and nothing else to configure. */
@Path("/setup")
public final class SetupResource {
    private final AccountService accounts;
    private final AdminRenderer renderer;

    public SetupResource(AccountService accounts, AdminRenderer renderer) {
        this.accounts = accounts;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form() {
        if (!accounts.needsSetup()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return page(200, Map.of(), "", "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response setUp(
            @FormParam("title") String title,
            @FormParam("username") String username,
            @FormParam("email") String email,
            @FormParam("password") String password) {
        try {
            accounts.setUp(title, username, email, password);
            return Response.seeOther(URI.create("/login?next=/admin")).build();
        } catch (InvalidInputException e) {
            return page(422, e.fieldErrors(), title, username, email);
        } catch (ServiceException e) {
            if (e.status() == 409) {
                return Response.seeOther(URI.create("/login")).build();
            }
            throw e;
        }
    }

    private Response page(int status, Map<String, String> errors, String title, String username, String email) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put(
                "form",
                Map.of(
                        "title", title == null ? "" : title,
                        "username", username == null ? "" : username,
                        "email", email == null ? "" : email));
        return renderer.render(status, "setup", "Set up your blog", null, model);
    }
}
