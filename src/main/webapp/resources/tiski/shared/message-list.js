/**
 * A chat's message list (an <ol> or <ul>) as both the widget and the desk keep it: stored messages
 * in number (seq) order whatever order their frames came in, each number shown once; a message
 * still on its way (no number yet) at the end, found by its client id and replaced by the stored
 * one when that arrives; and each of the writer's own messages marked with where it is:
 * "sending", "sent" or "failed" (with `labels`, a text for each, shown in the message).
 */
export class MessageList {

    constructor(element, labels = null) {
        this.element = element;
        this.labels = labels;
        this.clear();
    }

    clear() {
        this.element.textContent = '';
        this.bySeq = new Map();
        this.byClientId = new Map();
        this.statuses = new Map();
    }

    has(seq) {
        return this.bySeq.has(seq);
    }

    /** The element shown for this client id (a message on its way, or stored), or null. */
    find(clientId) {
        return (clientId && this.byClientId.get(clientId)) || null;
    }

    /**
     * Shows `item` for the message numbered `seq` (null: not stored yet) written with `clientId`
     * (null: not by this writer), in its place, replacing what was shown for that number or
     * client id. Answers whether it is the newest (then the list is scrolled to it).
     */
    place(item, seq, clientId) {
        const before = (seq && this.bySeq.get(seq)) || this.find(clientId);
        if (before && before !== item) { before.remove(); }
        if (seq) {
            item.setAttribute('data-seq', String(seq));
            this.bySeq.set(seq, item);
        }
        if (clientId) {
            this.byClientId.set(clientId, item);
            if (this.statuses.has(clientId)) { this.mark(item, this.statuses.get(clientId)); }
        }
        const after = seq ? Array.prototype.find.call(this.element.children, other => other !== item
            && (!other.getAttribute('data-seq') || Number(other.getAttribute('data-seq')) > seq)) : null;
        this.element.insertBefore(item, after || null);
        if (!after) { this.element.scrollTop = this.element.scrollHeight; }
        return !after;
    }

    /** Where the writer's message is now: "sending", "sent" or "failed". */
    status(clientId, status) {
        if (!clientId) { return; }
        this.statuses.set(clientId, status);
        const item = this.find(clientId);
        if (item) { this.mark(item, status); }
    }

    mark(item, status) {
        item.setAttribute('data-status', status);
        item.classList.toggle('tiski-pending', status === 'sending');
        item.classList.toggle('tiski-failed', status === 'failed');
        if (!this.labels) { return; }
        let label = item.querySelector(':scope > .tiski-message-status');
        if (!label) {
            label = item.ownerDocument.createElement('span');
            label.className = 'tiski-message-status';
            label.setAttribute('data-testid', 'messageStatus');
            item.appendChild(label);
        }
        label.textContent = this.labels[status] || status;
    }
}
