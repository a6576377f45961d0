import {test} from 'node:test';
import assert from 'node:assert/strict';
import {conversationOf, waitMinutes} from '../../main/webapp/widget/status.js';

test('a waiting status reads as the waiting conversation the API answers', () => {
    const conversation = conversationOf({type: 'status', conversationId: 7, state: 'waiting', queueName: 'Sales',
        position: 3, estimatedWaitSeconds: 150, agentName: null, attachmentsAllowed: true, timeZone: 'Europe/Helsinki'});

    assert.deepEqual(conversation, {status: 'WAITING', queueName: 'Sales', position: 3, estimatedWaitSeconds: 150,
        agentName: null, attachmentsAllowed: true, timeZone: 'Europe/Helsinki'});
});

test('assigned is the active chat with its agent; ended and unknown states end it', () => {
    assert.equal(conversationOf({state: 'assigned', agentName: 'Aino'}).status, 'ACTIVE');
    assert.equal(conversationOf({state: 'assigned', agentName: 'Aino'}).agentName, 'Aino');
    assert.equal(conversationOf({state: 'ended'}).status, 'ENDED');
    assert.equal(conversationOf({state: 'paused'}).status, 'ENDED');
    assert.equal(conversationOf({state: 'assigned'}).attachmentsAllowed, false);
});

test('the expected wait is said in whole minutes, never zero', () => {
    assert.equal(waitMinutes(0), 1);
    assert.equal(waitMinutes(29), 1);
    assert.equal(waitMinutes(90), 2);
    assert.equal(waitMinutes(600), 10);
});
