import {Backoff} from './backoff.js';
import {Outbox, retryable} from './outbox.js';
import {SeqOrder} from './seq-order.js';

/**
 * One chat line (a WebSocket to /ws/customer or /ws/agent) with the guarantees both the widget and
 * the desk give their writers and readers:
 * - it reconnects after a loss with growing, spread pauses (Backoff);
 * - on each (re)connect it greets (the customer's hello) or catches up each followed conversation
 *   by number (the agent's resume), then sends again whatever the outbox holds, with the same
 *   client ids, so the server stores each message once;
 * - each message written goes through the outbox and is told "sending", then "sent" with its ack,
 *   or "failed" with the server's reason; an answer "try again" (error.retry, chat.tooFast,
 *   error.unavailable) sends it again a little later (after the answer's retryAfterSeconds, if it
 *   says) with the same client id instead of dropping it;
 * - followed conversations are read in number order (SeqOrder): a gap asks for what is missing.
 *
 * Options: url; greeting() (a frame sent first on each connect, or null); resumeFrame(key, afterSeq);
 * sendFrame(entry) (the frame of an outbox entry); keyOf(frame) (which followed conversation a
 * frame belongs to; the conversation id by default); outbox; backoff; retryPause (ms);
 * closeDelay(event, backoff) (a pause of its own for some closes, else null); and the listeners
 * onLine(up), onMessage(frame, fresh, followed), onStatus(entry, status, frame), onFrame(frame).
 * WebSocket and setTimeout can be given for tests.
 */
export class ChatLine {

    constructor(options) {
        this.options = options;
        this.outbox = options.outbox || new Outbox();
        this.backoff = options.backoff || new Backoff();
        this.orders = new Map();
        this.socket = null;
        this.closed = false;
        this.WebSocket = options.WebSocket || globalThis.WebSocket;
        this.setTimeout = options.setTimeout || ((task, millis) => globalThis.setTimeout(task, millis));
    }

    start() {
        this.connect();
        return this;
    }

    /** For good (the chat ended): no more tries. */
    close() {
        this.closed = true;
        if (this.socket) { this.socket.close(); }
    }

    isOpen() {
        return !!this.socket && this.socket.readyState === 1;
    }

    /** A signal that is not kept when the line is down (typing, seen, end). Answers whether it went. */
    transmit(frame) {
        if (!this.isOpen()) { return false; }
        this.socket.send(JSON.stringify(frame));
        return true;
    }

    /** A message: into the outbox (told "sending"), and onto the line if it is up. */
    send(entry) {
        this.outbox.add(entry);
        this.tell(entry, 'sending', null);
        this.transmit(this.options.sendFrame(entry));
        return entry;
    }

    /**
     * Reads the conversation `key` in number order from `afterSeq` on: catches up at once when the
     * line is up (a customer's hello already does), and again after every reconnect.
     */
    follow(key, afterSeq = 0) {
        const order = new SeqOrder(afterSeq);
        this.orders.set(key, order);
        if (this.options.resumeFrame && !this.options.greeting) { this.transmit(this.options.resumeFrame(key, afterSeq)); }
        return order;
    }

    unfollow(key) {
        this.orders.delete(key);
    }

    lastSeq(key) {
        const order = this.orders.get(key);
        return order ? order.last : 0;
    }

    connect() {
        if (this.closed) { return; }
        const socket = new this.WebSocket(this.options.url);
        this.socket = socket;
        socket.onopen = () => {
            this.backoff.reset();
            const greeting = this.options.greeting && this.options.greeting();
            if (greeting) {
                this.orders.forEach(order => { order.catchingUp = true; });
                this.transmit(greeting);
            } else {
                this.orders.forEach((order, key) => {
                    order.catchingUp = true;
                    this.transmit(this.options.resumeFrame(key, order.last));
                });
            }
            this.outbox.pending().forEach(entry => this.transmit(this.options.sendFrame(entry)));
            this.listen('onLine', true);
        };
        socket.onmessage = event => this.received(JSON.parse(event.data));
        socket.onclose = event => {
            if (this.socket !== socket) { return; }
            this.socket = null;
            if (this.closed) { return; }
            this.listen('onLine', false);
            const own = this.options.closeDelay && this.options.closeDelay(event, this.backoff);
            this.setTimeout(() => this.connect(), own == null ? this.backoff.next() : own);
        };
    }

    received(frame) {
        if (frame.type === 'message') {
            this.message(frame);
        } else if (frame.type === 'caughtUp') {
            const key = this.keyOf(frame);
            const order = this.orders.get(key);
            const again = order ? order.caughtUp(frame.lastSeq) : null;
            if (again != null) { this.transmit(this.options.resumeFrame(key, again)); }
        } else if (frame.type === 'ack') {
            this.tell(this.outbox.remove(frame.clientId) || {clientId: frame.clientId}, 'sent', frame);
        } else if (frame.type === 'error' && frame.clientId && this.outbox.get(frame.clientId)) {
            this.refused(frame);
        }
        this.listen('onFrame', frame);
    }

    message(frame) {
        const key = this.keyOf(frame);
        const order = this.orders.get(key);
        let fresh = true;
        if (order) {
            const seen = order.received(frame.seq);
            fresh = seen.fresh;
            if (seen.resumeAfter != null) { this.transmit(this.options.resumeFrame(key, seen.resumeAfter)); }
        }
        this.listen('onMessage', frame, fresh, !!order);
    }

    /** Nothing was stored: sent again later as it was, or, refused for good, told "failed". */
    refused(frame) {
        if (retryable(frame.code)) {
            this.setTimeout(() => {
                const entry = this.outbox.get(frame.clientId);
                if (entry) { this.transmit(this.options.sendFrame(entry)); }
            }, frame.retryAfterSeconds ? frame.retryAfterSeconds * 1000 : this.options.retryPause || 1500);
            return;
        }
        this.tell(this.outbox.remove(frame.clientId), 'failed', frame);
    }

    keyOf(frame) {
        return this.options.keyOf ? this.options.keyOf(frame) : frame.conversationId;
    }

    tell(entry, status, frame) {
        this.listen('onStatus', entry, status, frame);
    }

    listen(name, ...values) {
        const listener = this.options[name];
        if (!listener) { return; }
        try { listener(...values); } catch (error) { console.error(error); }
    }
}
