/**
 * The agent's conversations: the list in the sidebar (with the unread counts), the tabs above the
 * chat, opening one (each chat keeps its own unsent text) and closing the view. `desk` is the
 * desk's core (core.js); the chat itself is drawn by chat.js.
 */
export function conversationList(desk) {
    var state = desk.state, t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };

    function loadConversations() {
        return desk.call('GET', 'conversations').then(function (conversations) {
            state.conversations = conversations;
            state.conversationsLoaded = true;
            if (state.current && !state.current.ended) {
                var still = conversations.some(function (c) { return c.id === state.current.id; });
                // Ended, or taken over by a colleague, while this desk was not told (e.g. offline).
                if (!still) { desk.ending.showEnded(); }
            }
            drawConversations();
            desk.markReady();
        }).catch(function (error) { desk.showError(error.message); });
    }

    function drawConversations() {
        var list = $('deskConversations');
        list.textContent = '';
        if (state.conversations.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noConversations')]));
        }
        state.conversations.forEach(function (conversation) {
            var name = el('button', {'type': 'button', 'class': 'tiski-desk-name', 'data-testid': 'conversation'},
                [conversation.customerName || t('customer')]);
            name.addEventListener('click', function () { open(conversation.id); });
            var row = el('li', {'class': isCurrent(conversation) ? 'tiski-desk-current' : ''},
                [name, el('span', {'class': 'tiski-desk-muted'}, [conversation.queueName])]);
            if (state.unread[conversation.id]) {
                row.appendChild(el('span', {'class': 'tiski-desk-unread', 'data-testid': 'unread'},
                    [String(state.unread[conversation.id])]));
            }
            list.appendChild(row);
        });
        drawTabs();
    }

    /** A tab for each active conversation, and one for an ended conversation still being read. */
    function drawTabs() {
        var tabs = $('deskTabs');
        tabs.textContent = '';
        var shown = state.conversations.slice();
        if (state.current && state.current.ended) { shown.push(state.current); }
        shown.forEach(function (conversation) {
            var current = isCurrent(conversation);
            var name = el('button', {'type': 'button', 'data-testid': 'tab'}, [conversation.customerName || t('customer')]);
            if (current) { name.setAttribute('aria-current', 'true'); }
            name.addEventListener('click', function () { open(conversation.id); });
            var tab = el('li', {'class': 'tiski-desk-tab' + (current ? ' tiski-desk-current' : '')
                + (conversation.ended ? ' tiski-desk-ended' : '')}, [name]);
            if (conversation.handedTo) {
                tab.appendChild(el('span', {'class': 'tiski-desk-muted', 'data-testid': 'handedMark'},
                    [t('handedMark', conversation.handedTo)]));
            } else if (conversation.ended) {
                tab.appendChild(el('span', {'class': 'tiski-desk-muted'}, [t('endedMark')]));
            }
            if (state.unread[conversation.id]) {
                tab.appendChild(el('span', {'class': 'tiski-desk-unread'}, [String(state.unread[conversation.id])]));
            }
            // Closing an active conversation ends it, so it asks first; an ended one just closes.
            var close = el('button', {'type': 'button', 'class': 'tiski-desk-close', 'title': t('closeTab'),
                'aria-label': t('closeTab'), 'data-testid': 'closeTab'}, ['×']);
            close.addEventListener('click', function () {
                if (conversation.ended) {
                    closeView();
                } else {
                    open(conversation.id);
                    desk.ending.ask();
                }
            });
            tab.appendChild(close);
            tabs.appendChild(tab);
        });
    }

    function isCurrent(conversation) {
        return !!state.current && state.current.id === conversation.id;
    }

    function open(conversationId) {
        if (state.current && state.current.id === conversationId) {
            $('deskInput').focus();
            return;
        }
        var conversation = state.conversations.filter(function (c) { return c.id === conversationId; })[0];
        if (!conversation) { return; }
        // Each chat keeps its own unsent text, so Enter never sends A's draft to B.
        var previous = state.current;
        if (previous) { state.drafts[previous.id] = $('deskInput').value; }
        $('deskInput').value = state.drafts[conversationId] || '';
        state.current = conversation;
        state.unread[conversationId] = 0;
        state.files = [];
        drawConversations();
        $('deskNothing').hidden = true;
        $('deskConversation').hidden = false;
        desk.sidePanel.show(desk.sidePanel.wanted());
        desk.ending.reset();
        desk.handover.reset();
        desk.chat.show(conversation);
        desk.mark('tiski-conversation-open');
        // Read from the first message on, in number order; again from where it was after a reconnect.
        if (previous) { desk.line.unfollow(previous.id); }
        desk.line.follow(conversationId, 0);
        $('deskInput').focus();
        desk.emit('open', conversation);
    }

    function closeView() {
        state.current = null;
        $('deskConversation').hidden = true;
        $('deskPanel').hidden = true;
        $('deskNothing').hidden = false;
        drawConversations();
        desk.emit('closed');
    }

    return {load: loadConversations, draw: drawConversations, drawTabs: drawTabs, open: open, close: closeView};
}
