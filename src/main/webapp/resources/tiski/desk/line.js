import {ChatLine} from '../shared/chat-line.js';
import {Outbox, retryable} from '../shared/outbox.js';

/**
 * The agent's live line (/ws/agent, the chat line shared with the widget): the queues, the inbox,
 * the open conversation's messages, typing, hand-overs and ends all come over it, and each frame
 * goes to the component it is for (and to every component as the "frame" event). What the agent
 * writes goes through the line's outbox (kept in the tab's session storage): shown "sending" at
 * once, sent again with the same client id after a reconnect or a "try again", and marked "sent"
 * with its ack or "failed" with the reason. `desk` is the desk's core (core.js).
 */
export function liveLine(desk) {
    var state = desk.state, t = desk.t;
    var $ = function (id) { return document.getElementById(id); };
    var outboxKey = 'tiski.desk.outbox';
    var outbox = new Outbox(readOutbox(), function (entries) {
        try { sessionStorage.setItem(outboxKey, JSON.stringify(entries)); } catch (ignored) { /* private mode */ }
    });
    // Back with growing pauses; on return the open conversation catches up by number and the
    // outbox is sent again.
    var line = new ChatLine({
        url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + desk.base + '/ws/agent',
        outbox: outbox,
        resumeFrame: function (conversationId, afterSeq) {
            return {type: 'resume', conversationId: conversationId, afterSeq: afterSeq};
        },
        sendFrame: function (entry) {
            return {type: 'send', conversationId: entry.conversationId, clientId: entry.clientId, body: entry.body,
                'private': entry['private'], attachments: entry.files.map(function (file) { return file.id; }),
                options: entry.options};
        },
        onLine: lineChanged,
        onMessage: function (frame, fresh) { desk.chat.message(frame, fresh); },
        onStatus: function (entry, status, frame) { desk.chat.status(entry, status, frame); },
        onFrame: received
    });

    function readOutbox() {
        try { return JSON.parse(sessionStorage.getItem(outboxKey) || '[]'); } catch (ignored) { return []; }
    }

    function lineChanged(up) {
        $('deskOffline').textContent = up ? '' : t('offline');
        $('deskOffline').hidden = up;
        if (!up) { return; }
        desk.conversations.load();
        // What changed beside the chat while the line was down (notes, tags) is read again.
        if (state.current) { desk.emit('open', state.current); }
    }

    function received(frame) {
        desk.emit('frame', frame);
        if (frame.type === 'queues') {
            state.queues = frame.queues;
            desk.sidebar.draw();
            desk.markReady();
        } else if (frame.type === 'caughtUp') {
            if (state.current && state.current.id === frame.conversationId) { desk.mark('tiski-conversation-shown'); }
        } else if (frame.type === 'typing' && state.current && frame.conversationId === state.current.id) {
            desk.chat.typing(frame);
        } else if (frame.type === 'handedOver') {
            desk.handover.handedOver(frame.conversationId, frame.agentName);
        } else if (frame.type === 'ended') {
            if (state.current && frame.conversationId === state.current.id) { desk.ending.showEnded(); }
            desk.conversations.load();
        } else if (frame.type === 'error' && !retryable(frame.code) && !desk.chat.shows(frame.clientId)) {
            // A message's own refusal is shown by its status (onStatus); "try again" is done, not shown.
            $('deskError').textContent = frame.detail || t('failed');
        } else if (frame.type === 'inbox') {
            desk.inbox.draw(frame);
            // An offer or handover that was taken meanwhile may have added a conversation.
            desk.conversations.load();
        }
    }

    return {
        start: function () { line.start(); },
        send: function (entry) { line.send(entry); },
        transmit: function (frame) { return line.transmit(frame); },
        follow: function (conversationId, afterSeq) { line.follow(conversationId, afterSeq); },
        unfollow: function (conversationId) { line.unfollow(conversationId); },
        /** What this desk wrote and is still on its way, of the entries `wanted` picks. */
        pending: function (wanted) { return outbox.pending(wanted); }
    };
}
