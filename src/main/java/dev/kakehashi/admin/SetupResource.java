package dev.kakehashi.admin;

import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** First run: the blog's title and the first admin, and nothing else to configure. */
@Path("/setup")
public final class SetupResource {
    private final AccountService accounts;
    private final AuthService auth;
    private final AdminRenderer renderer;
    private final boolean secureCookies;

    public SetupResource(AccountService accounts, AuthService auth, AdminRenderer renderer, boolean secureCookies) {
        this.accounts = accounts;
        this.auth = auth;
        this.renderer = renderer;
        this.secureCookies = secureCookies;
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
            @FormParam("password") String password,
            @Context HttpServletRequest http) {
        try {
            accounts.setUp(title, username, email, password);
        } catch (InvalidInputException e) {
            return page(422, e.fieldErrors(), title, username, email);
        } catch (ServiceException e) {
            if (e.status() == 409) {
                return Response.seeOther(URI.create("/login")).build();
            }
            throw e;
        }
        // The new administrator lands on the dashboard, signed in, as after a login.
        AuthService.NewSession session = auth.login(username, password, http.getRemoteAddr());
        return Response.seeOther(URI.create("/admin?welcome=1"))
                .cookie(new SignInCookies(secureCookies).session(session))
                .build();
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
