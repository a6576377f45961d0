/**
 * Hand-overs of the open conversation: the transfer and invite form (to a queue or a colleague, with
 * a word for them), and the chat's state once a colleague accepted this agent's transfer. `desk`
 * is the desk's core (core.js).
 */
export function handovers(desk) {
    var state = desk.state, t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };

    function askForHandover(kind) {
        var form = $('deskHandover');
        var title = $('deskHandoverTitle');
        title.textContent = title.dataset['t' + kind.charAt(0).toUpperCase() + kind.slice(1)];
        form.dataset.kind = kind;
        desk.call('GET', 'colleagues').then(function (colleagues) {
            var target = $('deskHandoverTarget');
            target.textContent = '';
            // An invitation is to a colleague; a transfer can also go back to a queue.
            if (kind === 'transfer') {
                var queues = el('optgroup', {'label': t('handoverQueues')});
                state.queues.forEach(function (queue) {
                    queues.appendChild(el('option', {'value': 'queue:' + queue.id}, [queue.name]));
                });
                target.appendChild(queues);
            }
            var agents = el('optgroup', {'label': t('handoverAgents')});
            colleagues.forEach(function (colleague) {
                agents.appendChild(el('option', {'value': 'agent:' + colleague.id},
                    [colleague.name + ' · ' + t('presence' + colleague.presence.charAt(0)
                        + colleague.presence.slice(1).toLowerCase())]));
            });
            target.appendChild(agents);
            $('deskHandoverComment').value = '';
            $('deskHandoverError').textContent = '';
            form.hidden = false;
            target.focus();
        }).catch(function (error) { desk.showError(error.message); });
    }

    function handOver(event) {
        event.preventDefault();
        var form = $('deskHandover');
        var target = $('deskHandoverTarget').value.split(':');
        var request = {comment: $('deskHandoverComment').value};
        request[target[0] === 'queue' ? 'queueId' : 'agentId'] = Number(target[1]);
        var conversation = state.current;
        desk.call('POST', 'conversations/' + conversation.id + '/' + form.dataset.kind, request).then(function (handover) {
            if (state.current !== conversation) {
                desk.conversations.load();
                return;
            }
            form.hidden = true;
            $('deskHandoverError').textContent = '';
            $('deskError').textContent = '';
            // Back to a queue it is done at once and no longer this agent's; to a colleague it waits for them.
            if (handover.status === 'COMPLETED') {
                desk.conversations.close();
            } else {
                $('deskTyping').textContent = t('handoverSent');
            }
            desk.conversations.load();
        }).catch(function (error) {
            // Next to the form that was sent, which stays open to try again.
            $('deskHandoverError').textContent = error.message;
        });
    }

    /**
     * A colleague accepted this agent's transfer: the chat is theirs now. Its tab stays, marked, until
     * closed, but nothing here can be written to it any more.
     */
    function handedOver(conversationId, agentName) {
        if (state.current && state.current.id === conversationId) {
            state.current.handedTo = agentName || '?';
            state.current.ended = true;
            $('deskConfirm').hidden = true;
            $('deskHandover').hidden = true;
            desk.ending.showActions(false);
            $('deskComposer').hidden = true;
            $('deskTyping').textContent = t('handedTo', state.current.handedTo);
        }
        desk.conversations.load();
    }

    $('deskTransfer').addEventListener('click', function () { askForHandover('transfer'); });
    $('deskInvite').addEventListener('click', function () { askForHandover('invite'); });
    $('deskHandover').addEventListener('submit', handOver);
    $('deskHandoverCancel').addEventListener('click', function () {
        $('deskHandover').hidden = true;
        $('deskHandoverError').textContent = '';
    });

    return {
        handedOver: handedOver,
        /** A newly opened chat: no form open. */
        reset: function () {
            $('deskHandover').hidden = true;
            $('deskHandoverError').textContent = '';
        }
    };
}
