import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Outbox, newClientId, retryable} from '../../main/webapp/resources/tiski/shared/outbox.js';

test('keeps messages in the order written, once per client id, and saves each change', () => {
    const saved = [];
    const outbox = new Outbox([], entries => saved.push(entries.map(e => e.clientId)));
    outbox.add({clientId: 'a1234567', body: 'one'});
    outbox.add({clientId: 'b1234567', body: 'two'});
    outbox.add({clientId: 'a1234567', body: 'one again'});
    assert.deepEqual(outbox.pending().map(e => e.body), ['one', 'two']);
    assert.equal(outbox.remove('a1234567').body, 'one');
    assert.equal(outbox.remove('a1234567'), null, 'an ack that came twice finds nothing the second time');
    assert.deepEqual(saved, [['a1234567'], ['a1234567', 'b1234567'], ['b1234567']]);
});

test('what was kept (a reload) is pending again, and can be filtered (one conversation)', () => {
    const outbox = new Outbox([{clientId: 'k1234567', conversationId: 7}, {clientId: 'k7654321', conversationId: 8}]);
    assert.deepEqual(outbox.pending(e => e.conversationId === 8).map(e => e.clientId), ['k7654321']);
});

test('an entry without its client id is refused', () => {
    assert.throws(() => new Outbox().add({body: 'x'}));
});

test('client ids follow the server rule', () => {
    assert.match(newClientId(), /^[A-Za-z0-9_-]{8,64}$/);
    const noUuid = {getRandomValues: bytes => bytes.fill(7)};
    assert.match(newClientId(noUuid), /^[A-Za-z0-9_-]{8,64}$/);
});

test('only "try again" answers are sent again', () => {
    assert.equal(retryable('error.retry'), true);
    assert.equal(retryable('chat.tooFast'), true);
    assert.equal(retryable('error.unavailable'), true);
    assert.equal(retryable('chat.tooLong'), false);
    assert.equal(retryable(undefined), false);
});
