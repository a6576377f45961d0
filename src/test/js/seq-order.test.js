import {test} from 'node:test';
import assert from 'node:assert/strict';
import {SeqOrder} from '../../main/webapp/resources/tiski/shared/seq-order.js';

function caughtUpAt(last) {
    const order = new SeqOrder();
    for (let seq = 1; seq <= last; seq++) { order.received(seq); }
    order.caughtUp(last);
    return order;
}

test('messages in order move the last number on and are fresh once', () => {
    const order = caughtUpAt(2);
    assert.deepEqual(order.received(3), {fresh: true, resumeAfter: null});
    assert.deepEqual(order.received(3), {fresh: false, resumeAfter: null});
    assert.deepEqual(order.received(1), {fresh: false, resumeAfter: null});
    assert.equal(order.last, 3);
});

test('a gap asks once for what comes after the last number had', () => {
    const order = caughtUpAt(3);
    assert.deepEqual(order.received(6), {fresh: true, resumeAfter: 3});
    assert.deepEqual(order.received(7), {fresh: true, resumeAfter: null}, 'asked already, not again');
    assert.equal(order.last, 3);
    order.received(4);
    order.received(5);
    assert.equal(order.last, 7, 'the early ones count once the missing ones came');
    assert.equal(order.caughtUp(7), null);
    assert.equal(order.catchingUp, false);
    assert.deepEqual(order.received(9), {fresh: true, resumeAfter: 7}, 'a new gap asks again');
});

test('numbers a catch-up skipped (private notes) are no gap', () => {
    const order = new SeqOrder();
    order.received(1);
    order.received(3);
    assert.equal(order.caughtUp(3), null);
    assert.equal(order.last, 3);
    assert.deepEqual(order.received(4), {fresh: true, resumeAfter: null});
});

test('while catching up, live messages beyond the pages are no gap; one still missing after it is asked for', () => {
    const order = new SeqOrder(0);
    assert.equal(order.catchingUp, true);
    assert.deepEqual(order.received(1), {fresh: true, resumeAfter: null});
    assert.deepEqual(order.received(5), {fresh: true, resumeAfter: null}, 'no second request during a catch-up');
    assert.equal(order.caughtUp(3), 3, 'the catch-up ended at 3, and 4 is still missing');
    order.received(4);
    assert.equal(order.last, 5);
    assert.equal(order.caughtUp(5), null);
});
