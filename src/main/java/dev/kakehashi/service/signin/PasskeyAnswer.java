package dev.kakehashi.service.signin;

/** A browser's answer to a passkey sign-in challenge; byte strings in base64url. */
public record PasskeyAnswer(
        String credentialId, String clientDataJson, String authenticatorData, String signature, String userHandle) {}
