package dev.kakehashi.app;

import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.admin.PasskeySignInResource;
import dev.kakehashi.admin.SecondStepGate;
import dev.kakehashi.admin.SecondStepResource;
import dev.kakehashi.admin.SecurityResource;
import dev.kakehashi.admin.SessionTouchFilter;
import dev.kakehashi.domain.event.PasswordChanged;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.signin.PasskeyService;
import dev.kakehashi.service.signin.SecondStepService;
import dev.kakehashi.service.signin.SecretBox;
import dev.kakehashi.service.signin.SessionService;
import dev.kakehashi.service.signin.SignInNotices;
import dev.kakehashi.service.signin.TotpCodes;
import dev.kakehashi.service.signin.TwoFactorService;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.KnownDeviceRepository;
import dev.kakehashi.store.PasskeyChallengeRepository;
import dev.kakehashi.store.PasskeyRepository;
import dev.kakehashi.store.SecondFactorRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.LoggerFactory;

/** Two-factor sign-in (app codes, recovery codes, passkeys), sign-in notices and the sessions list. */
record SignInWiring(
        SecondStepGate gate,
        SecondStepService secondStep,
        PasskeyService passkeys,
        TwoFactorService twoFactor,
        SessionService sessions) {

    static SignInWiring build(Core core, Optional<Mailer> mailer) {
        Transactions tx = core.tx();
        AccountRepository accounts = core.accountRepo();
        SessionRepository sessionRepo = core.sessionRepo();
        SiteService site = core.site();
        Clock clock = core.clock();
        boolean secureCookies = core.https();
        SignInNotices notices = new SignInNotices(
                tx, accounts, mailer, core.links(), () -> site.current().title());
        core.events().subscribe(PasswordChanged.class, e -> notices.passwordChanged(e.accountId()));
        PasskeyRepository passkeyRepo = new PasskeyRepository(tx);
        TwoFactorService twoFactor = new TwoFactorService(
                tx,
                accounts,
                new SecondFactorRepository(tx),
                passkeyRepo,
                new TotpCodes(),
                new SecretBox(core.settings().secretKey()),
                notices,
                clock);
        int sealed;
        try {
            sealed = twoFactor.sealStoredSecrets();
        } catch (SecretBox.SecretBoxException e) {
            throw new SettingsException("Setting KAKEHASHI_SECRET_KEY or the key file data.dir/" + SecretKeySetting.FILE
                    + ": " + e.getMessage());
        }
        if (sealed > 0) {
            LoggerFactory.getLogger(SignInWiring.class)
                    .info("Sealed {} authenticator-app secret(s) stored in clear by an older version", sealed);
        }
        SecondStepService secondStep = new SecondStepService(
                tx, accounts, sessionRepo, new KnownDeviceRepository(tx), twoFactor, notices, clock);
        PasskeyService passkeys = new PasskeyService(
                tx,
                accounts,
                passkeyRepo,
                sessionRepo,
                new PasskeyChallengeRepository(tx),
                twoFactor,
                notices,
                clock,
                core.settings().baseUrl());
        SessionService sessions = new SessionService(tx, sessionRepo, clock);
        return new SignInWiring(
                new SecondStepGate(secondStep, secureCookies), secondStep, passkeys, twoFactor, sessions);
    }

    void register(ResourceConfig jersey, SiteService site, AdminRenderer pages, boolean secureCookies) {
        jersey.register(new SessionTouchFilter(sessions))
                .register(new SecondStepResource(secondStep, passkeys, pages, secureCookies))
                .register(new PasskeySignInResource(secondStep, passkeys, secureCookies))
                .register(new SecurityResource(twoFactor, passkeys, sessions, site, pages));
    }
}
