/**
 * Pauses before each new try of a lost line: growing (doubling from `first` up to `max`) so that a
 * server that is down is not hammered, and spread (each pause somewhere between half and all of
 * it) so that the lines a restart dropped do not all come back in the same instant.
 */
export class Backoff {

    constructor({first = 500, max = 10000, random = Math.random} = {}) {
        this.first = first;
        this.max = max;
        this.random = random;
        this.tries = 0;
    }

    /** The pause before the next try, in milliseconds. */
    next() {
        const full = Math.min(this.first * 2 ** this.tries, this.max);
        this.tries++;
        return Math.round(full / 2 + this.random() * full / 2);
    }

    /** The line is back: the next loss starts with a short pause again. */
    reset() {
        this.tries = 0;
    }

    /** The longest pause, at once (the server said to keep away, e.g. "Replaced"). */
    longest() {
        this.tries = Math.ceil(Math.log2(this.max / this.first));
    }
}
