import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ChatLine} from '../../main/webapp/resources/tiski/shared/chat-line.js';
import {Backoff} from '../../main/webapp/resources/tiski/shared/backoff.js';

/** A WebSocket the test opens, drops and answers by hand; every one made is kept in `made`. */
function fakeSockets() {
    const made = [];
    class FakeSocket {
        constructor(url) {
            this.url = url;
            this.readyState = 0;
            this.sent = [];
            made.push(this);
        }
        send(text) { this.sent.push(JSON.parse(text)); }
        close() { this.drop(1000); }
        open() { this.readyState = 1; this.onopen(); }
        drop(code = 1006, reason = '') { this.readyState = 3; this.onclose({code, reason}); }
        answer(frame) { this.onmessage({data: JSON.stringify(frame)}); }
    }
    return {FakeSocket, made};
}

/** Timers run when the test says so. */
function fakeTimers() {
    const due = [];
    return {
        setTimeout: (task, millis) => due.push({task, millis}),
        runAll() { due.splice(0).forEach(timer => timer.task()); },
        due
    };
}

function agentLine(events) {
    const {FakeSocket, made} = fakeSockets();
    const timers = fakeTimers();
    const line = new ChatLine({
        url: 'ws://tiski/ws/agent', WebSocket: FakeSocket, setTimeout: timers.setTimeout,
        backoff: new Backoff({first: 500, max: 10000, random: () => 1}),
        resumeFrame: (conversationId, afterSeq) => ({type: 'resume', conversationId, afterSeq}),
        sendFrame: entry => ({type: 'send', conversationId: entry.conversationId, clientId: entry.clientId, body: entry.body}),
        onStatus: (entry, status) => events.push(status + ' ' + entry.clientId),
        onMessage: (frame, fresh) => events.push('message ' + frame.seq + (fresh ? '' : ' again')),
        onLine: up => events.push(up ? 'up' : 'down')
    }).start();
    return {line, made, timers};
}

test('a message written while the line is down is sending, goes with the same client id after the reconnect, and is sent with its ack', () => {
    const events = [];
    const {line, made, timers} = agentLine(events);
    made[0].open();
    made[0].drop();
    assert.equal(timers.due[0].millis, 500, 'back after a short pause');
    line.send({clientId: 'c-00000001', conversationId: 7, body: 'Hello'});
    assert.deepEqual(made[0].sent, [], 'nothing goes on a dropped line');
    timers.runAll();
    made[1].open();
    assert.deepEqual(made[1].sent, [{type: 'send', conversationId: 7, clientId: 'c-00000001', body: 'Hello'}]);
    made[1].answer({type: 'ack', conversationId: 7, clientId: 'c-00000001', seq: 4});
    assert.deepEqual(events, ['up', 'down', 'sending c-00000001', 'up', 'sent c-00000001']);
    assert.deepEqual(line.outbox.pending(), []);
});

test('"try again" sends the message again later with the same client id; a refusal fails it', () => {
    const events = [];
    const {line, made, timers} = agentLine(events);
    made[0].open();
    line.send({clientId: 'c-00000002', conversationId: 7, body: 'Busy?'});
    made[0].answer({type: 'error', clientId: 'c-00000002', code: 'error.retry', detail: 'Please try again.'});
    assert.equal(made[0].sent.length, 1);
    timers.runAll();
    assert.deepEqual(made[0].sent.map(f => f.clientId), ['c-00000002', 'c-00000002']);
    made[0].answer({type: 'error', clientId: 'c-00000002', code: 'chat.tooFast'});
    timers.runAll();
    assert.equal(made[0].sent.length, 3);
    made[0].answer({type: 'error', clientId: 'c-00000002', code: 'error.unavailable', retryAfterSeconds: 5});
    assert.equal(timers.due.at(-1).millis, 5000, 'the database away: again after the pause the server asks for');
    timers.runAll();
    assert.equal(made[0].sent.length, 4);
    made[0].answer({type: 'error', clientId: 'c-00000002', code: 'chat.tooLong', detail: 'Too long'});
    timers.runAll();
    assert.equal(made[0].sent.length, 4, 'a refused message is not sent again');
    assert.deepEqual(events.slice(1), ['sending c-00000002', 'failed c-00000002']);
});

test('a followed conversation catches up by number at each connect and asks again on a gap', () => {
    const events = [];
    const {line, made} = agentLine(events);
    line.follow(7, 0);
    made[0].open();
    assert.deepEqual(made[0].sent, [{type: 'resume', conversationId: 7, afterSeq: 0}]);
    made[0].answer({type: 'message', conversationId: 7, seq: 1});
    made[0].answer({type: 'caughtUp', conversationId: 7, lastSeq: 1});
    made[0].answer({type: 'message', conversationId: 7, seq: 3});
    assert.deepEqual(made[0].sent[1], {type: 'resume', conversationId: 7, afterSeq: 1}, 'the gap: 2 is missing');
    made[0].answer({type: 'message', conversationId: 7, seq: 2});
    made[0].answer({type: 'message', conversationId: 7, seq: 3});
    made[0].answer({type: 'caughtUp', conversationId: 7, lastSeq: 3});
    made[0].answer({type: 'message', conversationId: 8, seq: 9});
    assert.deepEqual(events.filter(e => e.startsWith('message')),
        ['message 1', 'message 3', 'message 2', 'message 3 again', 'message 9']);
    made[0].drop();
    line.connect();
    made[1].open();
    assert.deepEqual(made[1].sent, [{type: 'resume', conversationId: 7, afterSeq: 3}], 'after a reconnect, from where it was');
    assert.equal(made[0].sent.length, 2, 'conversation 8 is not followed: its message is no gap');
});

test('the customer greets with hello (which catches up), and a close of its own waits longer', () => {
    const {FakeSocket, made} = fakeSockets();
    const timers = fakeTimers();
    const backoff = new Backoff({first: 500, max: 10000, random: () => 1});
    const line = new ChatLine({
        url: 'ws://tiski/ws/customer', WebSocket: FakeSocket, setTimeout: timers.setTimeout, backoff,
        keyOf: () => 'chat', greeting: () => ({type: 'hello', token: 't', afterSeq: line.lastSeq('chat')}),
        resumeFrame: (key, afterSeq) => ({type: 'resume', afterSeq}),
        sendFrame: entry => ({type: 'send', clientId: entry.clientId, body: entry.body}),
        closeDelay: event => (event.reason === 'Replaced' ? 10000 : null)
    });
    line.follow('chat', 0);
    line.outbox.add({clientId: 'kept-0001', body: 'from before the reload'});
    line.start();
    made[0].open();
    assert.deepEqual(made[0].sent, [{type: 'hello', token: 't', afterSeq: 0},
        {type: 'send', clientId: 'kept-0001', body: 'from before the reload'}]);
    made[0].answer({type: 'message', conversationId: 3, seq: 1});
    made[0].answer({type: 'caughtUp', conversationId: 3, lastSeq: 2});
    made[0].drop(1008, 'Replaced');
    assert.equal(timers.due[0].millis, 10000);
    timers.runAll();
    made[1].open();
    assert.deepEqual(made[1].sent[0], {type: 'hello', token: 't', afterSeq: 2});
    line.close();
    assert.equal(timers.due.length, 0, 'closed for good: no further try');
});
