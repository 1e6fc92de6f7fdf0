package org.standby.feed;

/** The shape of a feed token in a URL (43 base64url characters today; older lengths kept within bounds). */
final class FeedTokens {

    private FeedTokens() {}

    /** Whether a path segment can be a token at all; others are answered 404 without a lookup. */
    static boolean plausible(String token) {
        return token != null && token.length() >= 40 && token.length() <= 64;
    }
}
