/**
 * Ending the open conversation: the "end" button asks first (so does closing an active chat's tab),
 * and the chat shows its end, whether this agent ended it or the line told of it. `desk` is the
 * desk's core (core.js).
 */
export function ending(desk) {
    var state = desk.state, t = desk.t;
    var $ = function (id) { return document.getElementById(id); };

    function askToEnd() {
        if (!state.current) { return; }
        $('deskConfirmText').textContent = t('endConfirm', state.current.customerName || t('customer'));
        $('deskConfirm').hidden = false;
        $('deskEnd').hidden = true;
        $('deskEndNo').focus();
    }

    function end() {
        var conversation = state.current;
        desk.call('POST', 'conversations/' + conversation.id + '/end').then(function () {
            // The agent may have switched tabs meanwhile: only this chat's view shows the end.
            if (state.current === conversation) {
                showEnded();
            } else {
                conversation.ended = true;
            }
            desk.conversations.load();
        }).catch(function (error) { desk.showError(error.message); });
    }

    function showEnded() {
        if (state.current) { state.current.ended = true; }
        $('deskConfirm').hidden = true;
        $('deskHandover').hidden = true;
        showActions(false);
        $('deskInput').disabled = true;
        $('deskTyping').textContent = t('ended');
        desk.conversations.drawTabs();
    }

    /** The chat's actions (transfer, invite, end) shown or hidden. */
    function showActions(visible) {
        ['deskTransfer', 'deskInvite', 'deskEnd'].forEach(function (id) { $(id).hidden = !visible; });
    }

    $('deskEnd').addEventListener('click', askToEnd);
    $('deskEndNo').addEventListener('click', function () {
        $('deskConfirm').hidden = true;
        $('deskEnd').hidden = false;
    });
    $('deskEndYes').addEventListener('click', end);

    return {
        ask: askToEnd, showEnded: showEnded, showActions: showActions,
        /** A newly opened chat: its actions shown, no question pending. */
        reset: function () {
            $('deskConfirm').hidden = true;
            showActions(true);
        }
    };
}
