/*
 * What the widget shows of a status frame from its line (type "status": state waiting, assigned or
 * ended), in the shape of the conversation the public API answers, so one view draws both.
 */

const STATUS_OF_STATE = {waiting: 'WAITING', assigned: 'ACTIVE', ended: 'ENDED'};

/** The conversation a status frame describes; an unknown state reads as ended (nothing to wait for). */
export function conversationOf(frame) {
    return {
        status: STATUS_OF_STATE[frame.state] || 'ENDED',
        queueName: frame.queueName,
        position: frame.position,
        estimatedWaitSeconds: frame.estimatedWaitSeconds,
        agentName: frame.agentName,
        attachmentsAllowed: !!frame.attachmentsAllowed,
        timeZone: frame.timeZone
    };
}

/** Whole minutes of an expected wait, at least one (a wait under half a minute is not "0 min"). */
export function waitMinutes(seconds) {
    return Math.max(1, Math.round(seconds / 60));
}
