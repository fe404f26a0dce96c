package dev.kakehashi.service.signin;

import dev.kakehashi.domain.Account;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.mail.Mailer;
import dev.kakehashi.service.mail.OutgoingMail;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails an author about what touches their account's safety: a sign-in from a browser not seen
 * before, a password change, a new second factor. Only when SMTP is set up; sent off the request's
 * thread so a slow mail server never slows a sign-in.
 */
public final class SignInNotices implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SignInNotices.class);

    private final Transactions tx;
    private final AccountRepository accounts;
    private final Optional<Mailer> mailer;
    private final Links links;
    private final Supplier<String> siteTitle;
    private final ExecutorService sender =
            new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "sign-in-notices");
                t.setDaemon(true);
                return t;
            });

    public SignInNotices(
            Transactions tx, AccountRepository accounts, Optional<Mailer> mailer, Links links, Supplier<String> title) {
        this.tx = tx;
        this.accounts = accounts;
        this.mailer = mailer;
        this.links = links;
        this.siteTitle = title;
    }

    public void newSignIn(long accountId, String browser, String ip) {
        send(
                accountId,
                "New sign-in to your account",
                "Someone signed in to your account from a browser not seen before: " + describe(browser) + ", from "
                        + ip + ". If that was not you, change your password and sign out your other sessions.");
    }

    public void passwordChanged(long accountId) {
        send(
                accountId,
                "Your password was changed",
                "The password of your account was just changed. If that was not you, contact the site's admin.");
    }

    public void newMethod(long accountId, String what) {
        send(
                accountId,
                "A sign-in method was added",
                "You added " + what + " as a second step to sign in to your account. If that was not you,"
                        + " change your password and remove it.");
    }

    private void send(long accountId, String subject, String sentence) {
        if (mailer.isEmpty()) {
            return;
        }
        Optional<Account> who = tx.call(() -> accounts.byId(accountId));
        if (who.isEmpty() || who.get().email() == null || who.get().email().isBlank()) {
            return;
        }
        Account a = who.get();
        String page = links.at("/admin/profile/security");
        String fullSubject = "[" + siteTitle.get() + "] " + subject;
        String text = "Hello " + a.displayName() + ",\n\n" + sentence + "\n\nYour sign-in settings: " + page + "\n";
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Hello "
                + Entities.escape(a.displayName()) + ",</p><p>" + Entities.escape(sentence) + "</p><p><a href=\""
                + Entities.escape(page) + "\">Your sign-in settings</a></p></body></html>";
        OutgoingMail mail = new OutgoingMail(a.email(), a.displayName(), fullSubject, text, html);
        try {
            sender.execute(() -> {
                try {
                    mailer.get().send(mail);
                } catch (Mailer.MailFailure e) {
                    log.warn("Could not mail a sign-in notice to account {}: {}", accountId, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Too many sign-in notices waiting; one for account {} was dropped", accountId);
        }
    }

    /** Browser names come from the request, so they are cut short and reduced to plain text. */
    static String describe(String userAgent) {
        return UserAgents.describe(userAgent);
    }

    @Override
    public void close() {
        sender.shutdown();
    }
}
