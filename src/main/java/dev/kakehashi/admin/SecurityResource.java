package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.signin.PasskeyService;
import dev.kakehashi.service.signin.SessionService;
import dev.kakehashi.service.signin.TwoFactorService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sign-in security on the profile: the authenticator app, recovery codes, passkeys, sessions. */
@Path("/admin/profile/security")
public final class SecurityResource {
    /** A passkey to register, as the page's script sends it (base64url). */
    public record NewPasskey(String name, String clientDataJson, String attestationObject) {}

    private final TwoFactorService twoFactor;
    private final PasskeyService passkeys;
    private final SessionService sessions;
    private final SiteService site;
    private final AdminRenderer renderer;

    public SecurityResource(
            TwoFactorService twoFactor,
            PasskeyService passkeys,
            SessionService sessions,
            SiteService site,
            AdminRenderer renderer) {
        this.twoFactor = twoFactor;
        this.passkeys = passkeys;
        this.sessions = sessions;
        this.site = site;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("done") String done, @Context ContainerRequestContext request) {
        return page(200, Auth.require(request), notice(done), Map.of());
    }

    @POST
    @Path("totp/start")
    public Response startTotp(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            twoFactor.startTotp(me.accountId());
            return back(null);
        } catch (ServiceException e) {
            return page(e.status(), me, null, Map.of("totp", e.getMessage()));
        }
    }

    @POST
    @Path("totp/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response confirmTotp(@FormParam("code") String code, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            return codes(me, twoFactor.confirmTotp(me.accountId(), code));
        } catch (InvalidInputException e) {
            return page(422, me, null, Map.of("code", e.fieldErrors().getOrDefault("code", "Wrong code")));
        } catch (ServiceException e) {
            return page(e.status(), me, null, Map.of("code", e.getMessage()));
        }
    }

    @POST
    @Path("totp/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response disableTotp(@FormParam("confirm") String confirm, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            twoFactor.disableTotp(me.accountId(), confirm);
            return back("totp-off");
        } catch (InvalidInputException e) {
            return page(422, me, null, Map.of("confirm", e.fieldErrors().getOrDefault("confirm", "Wrong")));
        } catch (ServiceException e) {
            return page(e.status(), me, null, Map.of("confirm", e.getMessage()));
        }
    }

    @POST
    @Path("recovery-codes")
    @Produces("text/html")
    public Response renewRecoveryCodes(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        try {
            return codes(me, twoFactor.renewRecoveryCodes(me.accountId()));
        } catch (ServiceException e) {
            return page(e.status(), me, null, Map.of("totp", e.getMessage()));
        }
    }

    @POST
    @Path("passkeys/options")
    @Produces(MediaType.APPLICATION_JSON)
    public Response passkeyOptions(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        return Response.ok(passkeys.registrationOptions(
                        me.accountId(), me.tokenHash(), site.current().title()))
                .build();
    }

    @POST
    @Path("passkeys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addPasskey(NewPasskey body, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (body == null) {
            return Response.status(422)
                    .entity(Map.of("error", "No passkey sent"))
                    .build();
        }
        try {
            passkeys.register(
                    me.accountId(), me.tokenHash(), body.name(), body.clientDataJson(), body.attestationObject());
            return Response.status(201).entity(Map.of("ok", true)).build();
        } catch (InvalidInputException e) {
            return Response.status(422)
                    .entity(Map.of("error", String.join(" ", e.fieldErrors().values())))
                    .build();
        } catch (ServiceException e) {
            return Response.status(e.status())
                    .entity(Map.of("error", e.getMessage()))
                    .build();
        }
    }

    @POST
    @Path("passkeys/{id}/delete")
    public Response removePasskey(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        passkeys.remove(me.accountId(), parseId(id));
        return back("passkey-removed");
    }

    @POST
    @Path("sessions/{id}/delete")
    public Response signOut(@PathParam("id") String id, @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        sessions.signOut(me.accountId(), id);
        return back("signed-out");
    }

    @POST
    @Path("sessions/others")
    public Response signOutOthers(@Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        sessions.signOutOthers(me.accountId(), me.tokenHash());
        return back("signed-out-others");
    }

    private Response codes(SignedIn me, List<String> codes) {
        return renderer.render(200, "recovery-codes", "Recovery codes", me, Map.of("codes", codes));
    }

    private Response page(int status, SignedIn me, String notice, Map<String, String> errors) {
        var status2fa = twoFactor.status(me.accountId());
        Map<String, Object> model = new HashMap<>();
        model.put("status", status2fa);
        model.put("secret", status2fa.unconfirmedSecret().orElse(null));
        model.put(
                "qr",
                twoFactor
                        .enrolmentUri(me.accountId(), site.current().title())
                        .map(TotpQr::svg)
                        .orElse(null));
        model.put("passkeys", passkeys.list(me.accountId()));
        model.put("sessions", sessions.list(me.accountId(), me.tokenHash()));
        model.put("notice", notice);
        model.put("errors", errors);
        return renderer.render(status, "security", "Sign-in security", me, model);
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "totp-off" -> "The authenticator app is turned off.";
            case "passkey-removed" -> "Passkey removed.";
            case "signed-out" -> "That session is signed out.";
            case "signed-out-others" -> "Every other session is signed out.";
            default -> null;
        };
    }

    private static Response back(String done) {
        return Response.seeOther(URI.create("/admin/profile/security" + (done == null ? "" : "?done=" + done)))
                .build();
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Passkey");
        }
    }
}
