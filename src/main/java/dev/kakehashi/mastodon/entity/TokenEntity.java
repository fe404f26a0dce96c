package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code POST /oauth/token}: {@code scope} lists every granted scope (Mastodon.py checks). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenEntity(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        String scope,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("refresh_token") String refreshToken) {}
