package dev.kakehashi.federation.signature;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A key resolver with a cache and a "remote" that may hold a newer key; records every call. */
final class FakeKeys implements KeyResolver {
    final Map<String, ResolvedKey> cached = new HashMap<>();
    final Map<String, ResolvedKey> remote = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeKeys cached(String keyId, PublicKey key, String owner) {
        cached.put(keyId, new ResolvedKey(key, owner));
        return this;
    }

    FakeKeys remote(String keyId, PublicKey key, String owner) {
        remote.put(keyId, new ResolvedKey(key, owner));
        return this;
    }

    @Override
    public Optional<ResolvedKey> resolve(String keyId, boolean refresh) {
        calls.add(keyId + (refresh ? " refresh" : " cached"));
        if (refresh) {
            Optional.ofNullable(remote.get(keyId)).ifPresent(k -> cached.put(keyId, k));
            return Optional.ofNullable(remote.get(keyId));
        }
        return Optional.ofNullable(cached.get(keyId));
    }
}
