/**
 * A conversation's numbering as one reader sees it. Messages are numbered 1, 2, 3, ... without
 * gaps; `last` is the highest number up to which everything has arrived. A number beyond the next
 * one means something was missed (a frame lost with a line): the reader asks once for what comes
 * after `last` (catch-up by number) and asks again only after the catch-up's "caughtUp" answered.
 * Numbers that arrive early (live while a catch-up still runs) are remembered, so `last` moves
 * past them once the missing ones come.
 */
export class SeqOrder {

    constructor(last = 0) {
        this.reset(last);
    }

    /** Starts over from `last` (a new list) and counts as catching up until "caughtUp". */
    reset(last = 0) {
        this.last = last;
        this.early = new Set();
        this.catchingUp = true;
    }

    /**
     * A message numbered `seq` arrived. Answers {fresh: whether it is new to this reader,
     * resumeAfter: the number to catch up after when a gap was found, else null}.
     */
    received(seq) {
        if (seq <= this.last || this.early.has(seq)) { return {fresh: false, resumeAfter: null}; }
        if (seq > this.last + 1) { this.early.add(seq); } else { this.last = seq; }
        this.advance();
        if (this.early.size > 0 && !this.catchingUp) {
            this.catchingUp = true;
            return {fresh: true, resumeAfter: this.last};
        }
        return {fresh: true, resumeAfter: null};
    }

    /**
     * A catch-up ended at `lastSeq`: numbers up to there that never came are not gaps (the
     * agents' private notes, never sent to a customer). Answers the number to catch up after if
     * something beyond is still missing, else null.
     */
    caughtUp(lastSeq) {
        this.last = Math.max(this.last, lastSeq);
        for (const seq of this.early) { if (seq <= this.last) { this.early.delete(seq); } }
        this.advance();
        this.catchingUp = this.early.size > 0;
        return this.catchingUp ? this.last : null;
    }

    advance() {
        while (this.early.has(this.last + 1)) {
            this.early.delete(this.last + 1);
            this.last++;
        }
    }
}
