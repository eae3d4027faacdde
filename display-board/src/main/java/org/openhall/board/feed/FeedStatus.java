package org.openhall.board.feed;

/** How a hall's feed stands with queue-service, which a board shows so that nobody trusts a stale screen. */
public enum FeedStatus {

    /** Started, nothing heard from queue-service yet. */
    CONNECTING,

    /** The snapshot is loaded and events are flowing: the board is current. */
    LIVE,

    /** queue-service cannot be reached; the feed keeps retrying and the board may be out of date. */
    LOST
}
