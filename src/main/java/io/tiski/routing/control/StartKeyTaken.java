package io.tiski.routing.control;

import io.tiski.platform.Conflict;

/** A simultaneous "start chat" with the same start key won the race; its conversation is the answer. */
public class StartKeyTaken extends Conflict {

    public StartKeyTaken() {
        super("startKey", "routing.startKey.taken");
    }
}
