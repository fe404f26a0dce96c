-- Authenticator-app secrets are now stored sealed with AES-GCM under a key kept outside the
-- database ("gcm1:" + base64url of nonce, ciphertext and tag: 85 characters for a 160-bit key).
-- Rows stored in clear by older versions are sealed by the application at start-up.
alter table totp_secret alter column secret set data type varchar(200);
