package dev.kakehashi.admin;

import dev.kakehashi.domain.Account;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AliasService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.mail.EmailPreferences;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** One's own profile (name, bio, e-mail, avatar), what is e-mailed to one, and password. */
@Path("/admin/profile")
public final class ProfileResource {
    /** The profile as its form shows it. */
    record ProfileView(String username, String publicUrl, String avatarUrl, Map<String, String> form) {}

    private final AccountService accounts;
    private final EmailPreferences emailPreferences;
    private final AdminRenderer renderer;
    private final Links links;
    private final AliasService aliases;

    public ProfileResource(
            AccountService accounts,
            EmailPreferences emailPreferences,
            AdminRenderer renderer,
            Links links,
            AliasService aliases) {
        this.accounts = accounts;
        this.emailPreferences = emailPreferences;
        this.renderer = renderer;
        this.links = links;
        this.aliases = aliases;
    }

    @GET
    @Produces("text/html")
    public Response form(
            @QueryParam("saved") String saved,
            @QueryParam("password") String password,
            @QueryParam("aliases") String aliasesSaved,
            @QueryParam("email") String email,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        ProfileView profile = accounts.byId(me.accountId(), this::view);
        String notice = saved != null
                ? "Profile saved."
                : password != null
                        ? "Password changed. Your other sessions were logged out."
                        : email != null
                                ? "E-mail notifications saved."
                                : aliasesSaved != null ? "Former accounts saved." : null;
        return page(200, me, profile, profile.form(), Map.of(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @FormParam("displayName") String displayName,
            @FormParam("bio") String bio,
            @FormParam("email") String email,
            @FormParam("avatarId") String avatarId,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            accounts.updateProfile(me.accountId(), displayName, bio, email, avatarId(avatarId));
            return Response.seeOther(URI.create("/admin/profile?saved=1")).build();
        } catch (InvalidInputException e) {
            Map<String, String> values = new HashMap<>();
            values.put("displayName", displayName == null ? "" : displayName);
            values.put("bio", bio == null ? "" : bio);
            values.put("email", email == null ? "" : email);
            values.put("avatarId", avatarId == null ? "" : avatarId);
            return page(422, me, accounts.byId(me.accountId(), this::view), values, e.fieldErrors(), null);
        }
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response changePassword(
            @FormParam("currentPassword") String current,
            @FormParam("newPassword") String fresh,
            @Context ContainerRequestContext request,
            @Context HttpServletRequest http) {
        SignedIn me = Auth.require(request);
        try {
            accounts.changePassword(me.accountId(), current, fresh, me.tokenHash(), http.getRemoteAddr());
            return Response.seeOther(URI.create("/admin/profile?password=1")).build();
        } catch (InvalidInputException e) {
            ProfileView profile = accounts.byId(me.accountId(), this::view);
            return page(422, me, profile, profile.form(), e.fieldErrors(), null);
        } catch (OverloadedException e) {
            throw e; // the error page carries Retry-After
        } catch (ServiceException e) {
            ProfileView profile = accounts.byId(me.accountId(), this::view);
            return page(e.status(), me, profile, profile.form(), Map.of("currentPassword", e.getMessage()), null);
        }
    }

    /** Former accounts (alsoKnownAs), so followers can move here from another server. */
    @POST
    @Path("aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response saveAliases(
            @FormParam(AliasService.FIELD) String alsoKnownAs, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            aliases.setForAccount(me.accountId(), alsoKnownAs);
            return Response.seeOther(URI.create("/admin/profile?aliases=1")).build();
        } catch (InvalidInputException e) {
            ProfileView profile = accounts.byId(me.accountId(), this::view);
            Map<String, String> values = new HashMap<>(profile.form());
            values.put(AliasService.FIELD, alsoKnownAs == null ? "" : alsoKnownAs);
            return page(422, me, profile, values, e.fieldErrors(), null);
        } catch (ServiceException e) {
            ProfileView profile = accounts.byId(me.accountId(), this::view);
            Map<String, String> values = new HashMap<>(profile.form());
            values.put(AliasService.FIELD, alsoKnownAs == null ? "" : alsoKnownAs);
            return page(e.status(), me, profile, values, Map.of(AliasService.FIELD, e.getMessage()), null);
        }
    }

    private ProfileView view(Account a) {
        Map<String, String> v = new HashMap<>();
        v.put("displayName", a.displayName());
        v.put("bio", a.bio());
        v.put("email", a.email());
        v.put("avatarId", a.avatar() == null ? "" : Long.toString(a.avatar().id()));
        v.put(AliasService.FIELD, String.join("\n", a.alsoKnownAs()));
        String avatarUrl = a.avatar() == null ? null : links.media(a.avatar().fileName());
        return new ProfileView(a.username(), links.author(a.username()), avatarUrl, v);
    }

    private Response page(
            int status,
            SignedIn me,
            ProfileView profile,
            Map<String, String> values,
            Map<String, String> errors,
            String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile);
        model.put("form", values);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("emailChoices", emailPreferences.of(me.accountId()));
        model.put("mailConfigured", emailPreferences.mailConfigured());
        return renderer.render(status, "profile", "Profile", me, model);
    }

    /** Blank keeps the current avatar, as the service expects. */
    private static Long avatarId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("avatar", "Unknown image");
        }
    }
}
