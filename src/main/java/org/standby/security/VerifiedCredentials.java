package org.standby.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.standby.common.ClusterRevisions;
import org.standby.common.PeerForgettable;

/**
 * The users who logged in lately, so that HTTP Basic and session cookies do not cost a bcrypt hash or a database
 * read per request. Per username it keeps the caller (roles, teams) and, once a password verified, an HMAC-SHA256
 * of that password under a key made at random when the process starts; the password itself is never kept. An
 * entry lives {@code standby.login.cache-ttl} and is dropped at once when the user's password, roles or teams
 * change or the user is deleted ({@link #forgetOnCommit}).
 */
@ApplicationScoped
public class VerifiedCredentials implements PeerForgettable {

    /**
     * What is remembered of a user: who they are, the HMAC of the password that verified (null if none), and the
     * stamp their form-login sessions must carry ({@link SessionStamps}; null when not read yet).
     */
    record Remembered(Caller caller, byte[] passwordMac, String sessionStamp) {}

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    ClusterRevisions cluster;

    /** Changed users, as announced to other instances. */
    static final String PEER_KIND = "user";

    private final LoginCache<String, Remembered> users;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final AtomicLong bcryptVerifications = new AtomicLong();

    @Inject
    VerifiedCredentials(LoginConfig config) {
        users = new LoginCache<>(config.cacheTtl().toNanos(), config.cacheSize(), System::nanoTime);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    long stamp() {
        return users.stamp();
    }

    /** What is remembered of the user if this password is the one that verified lately for them. */
    Optional<Remembered> verified(String username, char[] password) {
        return users.get(username)
                .filter(r -> r.passwordMac() != null)
                .filter(r -> MessageDigest.isEqual(r.passwordMac(), mac(username, password)));
    }

    /** The caller as remembered for a session (no password needed). */
    Optional<Caller> remembered(String username) {
        return users.get(username).map(Remembered::caller);
    }

    /** All that is remembered of the user, if anything. */
    Optional<Remembered> entry(String username) {
        return users.get(username);
    }

    void rememberPassword(String username, char[] password, Caller caller, String sessionStamp, long stamp) {
        users.put(username, new Remembered(caller, mac(username, password), sessionStamp), stamp);
    }

    /** Remembers the caller (read for a session or single sign-on), keeping a verified password's HMAC. */
    void rememberCaller(String username, Caller caller, String sessionStamp, long stamp) {
        Optional<Remembered> known = users.get(username);
        if (known.isEmpty()) {
            users.put(username, new Remembered(caller, null, sessionStamp), stamp);
        } else if (known.get().sessionStamp() == null && sessionStamp != null) {
            users.put(username, new Remembered(known.get().caller(), known.get().passwordMac(), sessionStamp), stamp);
        }
    }

    /** Counts a full password hash check (for the metric and the tests that show the cache works). */
    void countBcrypt() {
        bcryptVerifications.incrementAndGet();
    }

    /** Password hash checks since start; exported as {@code standby_login_bcrypt_verifications_total}. */
    public long bcryptVerifications() {
        return bcryptVerifications.get();
    }

    /**
     * Forgets the user now and again when the current transaction commits: the old password, roles and teams stop
     * working with the next request after the change.
     */
    public void forgetOnCommit(String username) {
        users.forgetNowAndAfterCommit(username, registry, () -> cluster.announceForgotten(PEER_KIND, username));
    }

    @Override
    public String kind() {
        return PEER_KIND;
    }

    @Override
    public void forgetFromPeer(String username) {
        users.forget(username);
    }

    @Override
    public void forgetAllFromPeers() {
        users.forgetAll();
    }

    private byte[] mac(String username, char[] password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        mac.update(bytes.duplicate());
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return mac.doFinal();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
