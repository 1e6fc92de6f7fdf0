package org.standby.notify;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Someone a message goes to, with where and how.
 *
 * @param key       user:NAME, member:ID or team:ID; part of every idempotency key
 * @param memberId  the member record, for quiet time; null for directors without one and for a team channel
 * @param username  the login, or null
 * @param email     the address, or null when there is none
 * @param webhook   a webhook URL, or null
 * @param secretRef whose secret signs webhook posts
 * @param channels  the channels the person chose
 * @param leadTimes reminder lead times before a shift
 */
public record Recipient(
        String key,
        Long memberId,
        String username,
        String email,
        String webhook,
        String secretRef,
        Set<Channel> channels,
        List<Duration> leadTimes) {

    public String addressOn(Channel channel) {
        return channel == Channel.EMAIL ? email : webhook;
    }
}
