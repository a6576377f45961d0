import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Backoff} from '../../main/webapp/resources/tiski/shared/backoff.js';

test('pauses double from the first up to the longest, spread between half and all of each', () => {
    const least = new Backoff({first: 500, max: 10000, random: () => 0});
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(() => least.next()), [250, 500, 1000, 2000, 4000, 5000, 5000]);
    const most = new Backoff({first: 500, max: 10000, random: () => 1});
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => most.next()), [500, 1000, 2000, 4000, 8000, 10000]);
});

test('a line that came back starts with a short pause again', () => {
    const backoff = new Backoff({first: 500, max: 10000, random: () => 1});
    backoff.next();
    backoff.next();
    backoff.reset();
    assert.equal(backoff.next(), 500);
});

test('the longest pause at once when the server says to keep away', () => {
    const backoff = new Backoff({first: 500, max: 10000, random: () => 1});
    backoff.longest();
    assert.equal(backoff.next(), 10000);
});
