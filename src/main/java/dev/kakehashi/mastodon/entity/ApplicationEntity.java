package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Mastodon's Application (INTEROP B2.1, B2.7). {@code client_secret} is only in the answer to
 * registration; {@code vapid_key} is deprecated but Elk still reads it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationEntity(
        String id,
        String name,
        String website,
        List<String> scopes,
        @JsonProperty("redirect_uri") String redirectUri,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("client_secret_expires_at") Long clientSecretExpiresAt,
        @JsonProperty("vapid_key") String vapidKey) {}
