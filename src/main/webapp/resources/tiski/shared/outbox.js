/**
 * Messages written but not yet acknowledged. Each keeps the client id it was given before its first
 * try, so however often it is sent again (after a reconnect, or an answer "try again"), the server
 * stores it once. Kept through `save` (session storage), so a reload sends it again too.
 */
export class Outbox {

    /** @param entries what was kept; @param save called with the entries whenever they change */
    constructor(entries = [], save = () => {}) {
        this.entries = entries.slice();
        this.save = save;
    }

    /** Adds a message ({clientId, ...whatever the send frame needs}); answers it. */
    add(entry) {
        if (!entry.clientId) { throw new Error('An outbox entry needs its client id'); }
        if (!this.get(entry.clientId)) {
            this.entries.push(entry);
            this.save(this.entries);
        }
        return entry;
    }

    get(clientId) {
        return this.entries.find(entry => entry.clientId === clientId) || null;
    }

    /** Stored (acknowledged) or refused for good: it leaves the outbox. Answers the entry, or null. */
    remove(clientId) {
        const entry = this.get(clientId);
        if (entry) {
            this.entries = this.entries.filter(other => other !== entry);
            this.save(this.entries);
        }
        return entry;
    }

    /** What waits to be sent, oldest first (the order the writer wrote them). */
    pending(filter = () => true) {
        return this.entries.filter(filter);
    }
}

// Answers that mean "nothing was stored, send it again as it was" (a lock timeout, the rate limit).
// "Try again": nothing stored, for now (a busy moment, too fast, the database briefly away).
const RETRYABLE = ['error.retry', 'chat.tooFast', 'error.unavailable'];

export function retryable(code) {
    return RETRYABLE.includes(code);
}

/** A fresh client id: 8 to 64 of A-Z a-z 0-9 - _ (the server's rule). */
export function newClientId(cryptoSource = globalThis.crypto) {
    if (cryptoSource && cryptoSource.randomUUID) { return cryptoSource.randomUUID(); }
    const bytes = new Uint8Array(18);
    cryptoSource.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
