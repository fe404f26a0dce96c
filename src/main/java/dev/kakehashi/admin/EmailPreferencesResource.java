package dev.kakehashi.admin;

import dev.kakehashi.domain.EmailChoices;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.mail.EmailPreferences;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The profile page's "E-mail me" checkboxes: each author chooses for themselves. */
@Path("/admin/profile/email")
public final class EmailPreferencesResource {
    private final EmailPreferences preferences;

    public EmailPreferencesResource(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @FormParam("followers") String followers,
            @FormParam("replies") String replies,
            @FormParam("mentions") String mentions,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        // An unticked checkbox is not sent at all: absent means no.
        preferences.save(me.accountId(), new EmailChoices(on(followers), on(replies), on(mentions)));
        return Response.seeOther(URI.create("/admin/profile?email=1")).build();
    }

    private static boolean on(String value) {
        return "on".equals(value) || "true".equals(value);
    }
}
