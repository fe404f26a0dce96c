package dev.kakehashi.service.signin;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import dev.kakehashi.domain.Passkey;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PasskeyChallengeRepository;
import dev.kakehashi.store.PasskeyRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Passkeys (WebAuthn, verified by webauthn4j): registering one from the profile, using one as the
 * second step of a sign-in, or signing in with one alone (a discoverable credential with user
 * verification: something held and a PIN or biometric, two factors in one). A second-step challenge
 * is kept on the browser's session, a passwordless one in its own table; either is cleared when
 * answered, so it serves once. The relying party is the site's base URL.
 */
public final class PasskeyService {
    /** What the browser needs to create a passkey; byte strings in base64url. */
    public record RegistrationOptions(
            String challenge, String rpId, String rpName, String userId, String userName, List<String> exclude) {}

    /** What the browser needs to sign in with a passkey. */
    public record SignInOptions(String challenge, String rpId, List<String> allow) {}

    /** A passkey as the profile lists it. */
    public record PasskeyView(long id, String name, Instant createdAt, Instant lastUsedAt) {}

    /** How long the login page's passkey challenge may be answered. */
    static final Duration PASSWORDLESS_LIFETIME = Duration.ofMinutes(5);
    /** Unanswered passwordless challenges kept at most; past it, new ones are refused with 503. */
    static final long MAX_LIVE_CHALLENGES = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    private final Transactions tx;
    private final AccountRepository accounts;
    private final PasskeyRepository passkeys;
    private final SessionRepository sessions;
    private final PasskeyChallengeRepository challenges;
    private final TwoFactorService twoFactor;
    private final SignInNotices notices;
    private final Clock clock;
    private final Origin origin;
    private final String rpId;
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager();
    private final ObjectConverter json = new ObjectConverter();
    private final AttestedCredentialDataConverter credentials = new AttestedCredentialDataConverter(json);
    private final CollectedClientDataConverter clientData = new CollectedClientDataConverter(json);

    public PasskeyService(
            Transactions tx,
            AccountRepository accounts,
            PasskeyRepository passkeys,
            SessionRepository sessions,
            PasskeyChallengeRepository challenges,
            TwoFactorService twoFactor,
            SignInNotices notices,
            Clock clock,
            URI baseUrl) {
        this.tx = tx;
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.sessions = sessions;
        this.challenges = challenges;
        this.twoFactor = twoFactor;
        this.notices = notices;
        this.clock = clock;
        String port = baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort();
        this.origin = new Origin(baseUrl.getScheme() + "://" + baseUrl.getHost() + port);
        this.rpId = baseUrl.getHost();
    }

    public List<PasskeyView> list(long accountId) {
        return tx.call(() -> passkeys.ofAccount(accountId).stream()
                .map(p -> new PasskeyView(p.id(), p.name(), p.createdAt(), p.lastUsedAt()))
                .toList());
    }

    public RegistrationOptions registrationOptions(long accountId, String tokenHash, String siteName) {
        String challenge = newChallenge(tokenHash);
        return tx.call(() -> {
            var a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            List<String> exclude = passkeys.ofAccount(accountId).stream()
                    .map(Passkey::credentialId)
                    .toList();
            return new RegistrationOptions(
                    challenge, rpId, siteName, B64.encodeToString(userHandle(accountId)), a.username(), exclude);
        });
    }

    /** Verifies the browser's new credential against this session's challenge and keeps it. */
    public void register(
            long accountId, String tokenHash, String name, String clientDataJson, String attestationObject) {
        String label = name == null || name.isBlank() ? "Passkey" : name.strip();
        if (label.length() > 100) {
            throw InvalidInputException.of("name", "At most 100 characters");
        }
        byte[] challenge = takeChallenge(tokenHash);
        RegistrationData data;
        try {
            data = webAuthn.verify(
                    new RegistrationRequest(decode(attestationObject), decode(clientDataJson)),
                    new RegistrationParameters(server(challenge), ALGORITHMS, false, true));
        } catch (RuntimeException e) {
            // webauthn4j throws its own exceptions and Jackson's on malformed input: all are a bad answer.
            throw InvalidInputException.of("passkey", "The browser's passkey could not be verified.");
        }
        var authData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authData.getAttestedCredentialData();
        String credentialId = B64.encodeToString(credential.getCredentialId());
        Instant now = clock.instant();
        tx.run(() -> {
            if (passkeys.byCredentialId(credentialId).isPresent()) {
                throw ServiceException.conflict("This passkey is already registered.");
            }
            passkeys.add(new Passkey(
                    Snowflake.next(),
                    accountId,
                    credentialId,
                    B64.encodeToString(credentials.convert(credential)),
                    authData.getSignCount(),
                    label,
                    now));
        });
        notices.newMethod(accountId, "a passkey (" + label + ")");
    }

    public void remove(long accountId, long id) {
        tx.run(() -> {
            if (!passkeys.remove(accountId, id)) {
                throw ServiceException.notFound("Passkey");
            }
        });
    }

    public SignInOptions signInOptions(SecondStepService.Pending pending) {
        String challenge = newChallenge(pending.tokenHash());
        List<String> allow = tx.call(() -> passkeys.ofAccount(pending.accountId()).stream()
                .map(Passkey::credentialId)
                .toList());
        return new SignInOptions(challenge, rpId, allow);
    }

    /** Verifies a passkey's signature over this session's challenge; a failure counts as a wrong code. */
    public void verifySignIn(SecondStepService.Pending pending, PasskeyAnswer answer) {
        String credentialId = answer.credentialId();
        Instant now = clock.instant();
        twoFactor.guardAgainstGuessing(pending.accountId(), now);
        byte[] challenge = takeChallenge(pending.tokenHash());
        Passkey key = tx.call(() -> credentialId == null
                ? null
                : passkeys.byCredentialId(credentialId)
                        .filter(p -> p.accountId() == pending.accountId())
                        .orElse(null));
        if (key == null) {
            twoFactor.failed(pending.accountId(), now);
            throw ServiceException.unauthorized("That passkey is not one of this account's.");
        }
        verifyAssertion(key, answer, challenge, false, now);
    }

    /**
     * A challenge for signing in with a passkey alone: no account is named yet, so no credentials
     * are listed and the browser offers the discoverable ones it holds for this site.
     */
    public SignInOptions passwordlessOptions() {
        String challenge = randomChallenge();
        Instant now = clock.instant();
        tx.run(() -> {
            challenges.removeExpired(now);
            if (challenges.live(now) >= MAX_LIVE_CHALLENGES) {
                throw new OverloadedException("Too many passkey sign-ins are under way. Try again in a minute.", 60);
            }
            challenges.add(challenge, now.plus(PASSWORDLESS_LIFETIME));
        });
        return new SignInOptions(challenge, rpId, List.of());
    }

    /**
     * Verifies a passkey answer given without a password: the challenge must be one handed out by
     * {@link #passwordlessOptions} (taken by this), the authenticator must have verified the user,
     * and the user handle, when sent, must be the passkey's account.
     *
     * @return the account the passkey signs in
     */
    public long verifyPasswordless(PasskeyAnswer answer) {
        Instant now = clock.instant();
        String challenge;
        try {
            challenge = B64.encodeToString(clientData
                    .convert(decode(answer.clientDataJson()))
                    .getChallenge()
                    .getValue());
        } catch (RuntimeException e) {
            throw ServiceException.unauthorized("The passkey's answer could not be verified.");
        }
        if (!tx.call(() -> challenges.take(challenge, now))) {
            throw ServiceException.conflict("The passkey request has expired. Try again.");
        }
        String credentialId = answer.credentialId();
        Passkey key = credentialId == null || credentialId.length() > 1400
                ? null
                : tx.call(() -> passkeys.byCredentialId(credentialId).orElse(null));
        if (key == null) {
            throw ServiceException.unauthorized("This passkey is not registered on this site.");
        }
        twoFactor.guardAgainstGuessing(key.accountId(), now);
        String handle = answer.userHandle();
        if (handle != null && !handle.isEmpty() && !handle.equals(B64.encodeToString(userHandle(key.accountId())))) {
            twoFactor.failed(key.accountId(), now);
            throw ServiceException.unauthorized("The passkey's answer could not be verified.");
        }
        verifyAssertion(key, answer, Base64.getUrlDecoder().decode(challenge), true, now);
        return key.accountId();
    }

    /** Checks the signature over {@code challenge}; a failure counts towards the account's brake. */
    private void verifyAssertion(
            Passkey key, PasskeyAnswer answer, byte[] challenge, boolean userVerified, Instant now) {
        AuthenticationData data;
        try {
            AttestedCredentialData stored =
                    credentials.convert(Base64.getUrlDecoder().decode(key.credential()));
            var record =
                    new CredentialRecordImpl(null, null, null, null, key.signCount(), stored, null, null, null, null);
            data = webAuthn.verify(
                    new AuthenticationRequest(
                            decode(answer.credentialId()),
                            answer.userHandle() == null || answer.userHandle().isEmpty()
                                    ? null
                                    : decode(answer.userHandle()),
                            decode(answer.authenticatorData()),
                            decode(answer.clientDataJson()),
                            decode(answer.signature())),
                    new AuthenticationParameters(server(challenge), record, null, userVerified, true));
        } catch (RuntimeException e) {
            // webauthn4j throws its own exceptions and Jackson's on malformed input: all are a bad answer.
            twoFactor.failed(key.accountId(), now);
            throw ServiceException.unauthorized("The passkey's answer could not be verified.");
        }
        long count = data.getAuthenticatorData().getSignCount();
        tx.run(() -> passkeys.byCredentialId(key.credentialId()).ifPresent(p -> p.used(count, now)));
    }

    private static String randomChallenge() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    private String newChallenge(String tokenHash) {
        String challenge = randomChallenge();
        tx.run(() -> sessions.byTokenHash(tokenHash)
                .orElseThrow(() -> ServiceException.unauthorized("Log in again"))
                .webauthnChallenge(challenge));
        return challenge;
    }

    /** The session's challenge, cleared in the same step so that it can never be answered twice. */
    private byte[] takeChallenge(String tokenHash) {
        String challenge = tx.call(() -> sessions.takeChallenge(tokenHash));
        if (challenge == null) {
            throw ServiceException.conflict("The passkey request has expired. Try again.");
        }
        return Base64.getUrlDecoder().decode(challenge);
    }

    private ServerProperty server(byte[] challenge) {
        return new ServerProperty(origin, rpId, new DefaultChallenge(challenge));
    }

    private static byte[] userHandle(long accountId) {
        return ByteBuffer.allocate(8).putLong(accountId).array();
    }

    private static byte[] decode(String b64url) {
        if (b64url == null || b64url.length() > 20_000) {
            throw new IllegalArgumentException("missing or too long");
        }
        return Base64.getUrlDecoder().decode(b64url);
    }
}
