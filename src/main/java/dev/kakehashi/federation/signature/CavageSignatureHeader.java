package dev.kakehashi.federation.signature;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a draft-cavage {@code Signature} header ({@code keyId="…",algorithm="…",…}).
 * Tolerant of spacing, of unquoted values ({@code created=1402170695}) and of parameter-name case.
 */
final class CavageSignatureHeader {
    private final Map<String, String> params;

    private CavageSignatureHeader(Map<String, String> params) {
        this.params = params;
    }

    /** @throws SignatureException "malformed signature" */
    static CavageSignatureHeader parse(String header) {
        var params = new HashMap<String, String>();
        int i = 0;
        int n = header.length();
        while (true) {
            i = skipSpaceAndCommas(header, i);
            if (i >= n) {
                break;
            }
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                throw malformed();
            }
            String name = header.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = skipSpace(header, eq + 1);
            var value = new StringBuilder();
            if (i < n && header.charAt(i) == '"') {
                i++;
                while (i < n && header.charAt(i) != '"') {
                    char c = header.charAt(i++);
                    if (c == '\\' && i < n) {
                        c = header.charAt(i++);
                    }
                    value.append(c);
                }
                if (i >= n) {
                    throw malformed();
                }
                i++;
            } else {
                while (i < n && header.charAt(i) != ',') {
                    value.append(header.charAt(i++));
                }
            }
            i = skipSpace(header, i);
            if (name.isEmpty() || (i < n && header.charAt(i) != ',')) {
                throw malformed();
            }
            if (params.put(name, value.toString().strip()) != null) {
                throw malformed();
            }
        }
        return new CavageSignatureHeader(Map.copyOf(params));
    }

    /** A parameter by lower-case name. */
    Optional<String> get(String name) {
        return Optional.ofNullable(params.get(name));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndCommas(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private static SignatureException malformed() {
        return new SignatureException("malformed signature");
    }
}
