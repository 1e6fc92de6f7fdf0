package org.standby.rota.engine;

import java.util.ArrayList;
import java.util.List;
import org.standby.policy.rules.RestWindows;

/**
 * One group of unplugged-time windows as the engine keys it: compared by identity (cheap as a group-by key, which the
 * record with its list of windows would not be), with how many of its windows one member may touch.
 */
final class RestGroup {

    /** A window of a group that a shift overlaps. */
    record Ref(RestGroup group, int window) {}

    final RestWindows.Group group;
    final int mayTouch;

    RestGroup(RestWindows.Group group) {
        this.group = group;
        this.mayTouch = group.mayTouch();
    }

    /** The windows of these groups that a shift {@code [startSecond, endSecond)} overlaps. */
    static List<Ref> windowsOf(List<RestGroup> groups, long startSecond, long endSecond) {
        List<Ref> refs = new ArrayList<>(0);
        for (RestGroup group : groups) {
            List<RestWindows.Window> windows = group.group.windows();
            for (int i = 0; i < windows.size(); i++) {
                if (windows.get(i).touchedBy(startSecond, endSecond)) {
                    refs.add(new Ref(group, i));
                }
            }
        }
        return refs.isEmpty() ? List.of() : List.copyOf(refs);
    }

    @Override
    public String toString() {
        return group.kind() + " " + group.period();
    }
}
