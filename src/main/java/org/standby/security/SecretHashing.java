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
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SecretHashing::newSha256);

    private SecretHashing() {}

    /** A new secret: 32 random bytes, base64url without padding (43 characters), behind the given prefix. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a secret, as stored. */
    public static String sha256Hex(String secret) {
        // digest() resets the instance, so each thread reuses its own (a provider lookup per call costs more)
        return HEX.formatHex(SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
