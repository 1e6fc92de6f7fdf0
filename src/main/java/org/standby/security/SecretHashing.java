package org.standby.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Long random secrets (API tokens, feed tokens) and their stored form. The secrets carry 256 random bits, so a
 * single SHA-256 is enough to make a stolen hash useless; a slow password hash would only slow every request.
 */
public final class SecretHashing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretHashing() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters), behind the given prefix. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a secret, as stored. */
    public static String sha256Hex(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
