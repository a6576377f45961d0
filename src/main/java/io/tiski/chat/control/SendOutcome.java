package io.tiski.chat.control;

import io.tiski.platform.ApplicationFailure;

/** What became of one {@link Send} in a batch: posted, or refused with a reason the sender can act on. */
record SendOutcome(Posted posted, ApplicationFailure refused) {

    static SendOutcome posted(Posted posted) {
        return new SendOutcome(posted, null);
    }

    static SendOutcome refused(ApplicationFailure refused) {
        return new SendOutcome(null, refused);
    }

    Posted get() {
        if (refused != null) {
            throw refused;
        }
        return posted;
    }
}
