package org.standby.common;

/**
 * A cache of this process whose entries another instance's change makes stale: the logins that verified and the API
 * tokens in use. {@link ClusterRevisions} tells every other instance on the same PostgreSQL database which key to
 * forget, so a changed password or a revoked token stops working on every instance with the next request.
 */
public interface PeerForgettable {

    /** The kind of key, as announced: "user", "token". Letters only. */
    String kind();

    /** Forgets one key because another instance changed it. */
    void forgetFromPeer(String key);

    /** Forgets everything: announcements may have been missed (the listener was reconnecting). */
    void forgetAllFromPeers();
}
