import {el} from '../shared/dom.js';
import {ChatLine} from '../shared/chat-line.js';
import {MessageList} from '../shared/message-list.js';
import {Outbox, newClientId, retryable} from '../shared/outbox.js';
import {composer} from './composer.js';
import {options} from './options.js';
import {panel} from './panel.js';
import {activity} from './activity.js';
import {contact} from './contact.js';
import {contactNotes} from './contact-notes.js';
import {queueSidebar} from './queues.js';
import {requestList} from './requests.js';

/*
 * The agent desk, live: the queue sidebar, the agent's conversations and the chat all come over the
 * agent's live line (/ws/agent, the chat line shared with the widget); actions (pick, end, transfer)
 * go to the agent API. Every text from a customer or another agent is put into the page with
 * textContent, never as markup.
 *
 * This module is the desk's core; composer.js (emoji, files), options.js (options menus), panel.js (notes, canned replies,
 * tags), activity.js (alerts), contact.js and contact-notes.js (the contact card) build on what it
 * hands them (the `core` object at the end); queues.js (the queue sidebar and its menu) and
 * requests.js (offers, transfers, invitations) are drawn through it. What the agent writes goes through the line's outbox
 * (kept in the tab's session storage): shown "sending" at once, sent again with the same client id
 * after a reconnect or a "try again", and marked "sent" with its ack or "failed" with the reason.
 */
const page = document.getElementById('desk');
if (page) { startDesk(page); }

function startDesk(desk) {
    var base = location.pathname.substring(0, location.pathname.indexOf('/desk/'));
    var api = base + '/api/agent/';
    var state = {
        queues: [],
        conversations: [],
        current: null,
        unread: {},
        files: [],
        drafts: {}
    };
    // The components the core draws through (made at the end, before the line starts).
    var sidebar, inbox;
    var listeners = {};
    var $ = function (id) { return document.getElementById(id); };

    function t(key) {
        var text = desk.dataset['t' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
        var values = arguments;
        // A function, so that "$&" in a customer's name stays as typed.
        for (var i = 1; i < values.length; i++) {
            text = text.replace('{' + (i - 1) + '}', function () { return String(values[i]); });
        }
        return text;
    }

    /**
     * Calls the agent API (a path starting with "/" is under /api instead, e.g. "/contacts"); a plain
     * object goes as JSON, a Blob (a file) as its bytes. A failure carries the answer's status and the
     * problem's messages per field. The X-Tiski-Request header is what tells the server the call
     * comes from Tiski's own page (another site's page cannot add it; see SameOriginFilter).
     */
    function call(method, path, body) {
        // The page's language (the one the staff member chose, else the browser's) for the answers' messages.
        var headers = {'Accept': 'application/json', 'X-Tiski-Request': '1',
            'Accept-Language': document.documentElement.lang || 'en'};
        var payload = body;
        if (body instanceof Blob) {
            // Never a form's type (a .txt file is text/plain): the server tells a file's kind by its bytes.
            headers['Content-Type'] = 'application/octet-stream';
        } else if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(body);
        }
        var url = path.charAt(0) === '/' ? base + '/api' + path : api + path;
        return fetch(url, {method: method, headers: headers, body: payload, credentials: 'same-origin'})
            .then(function (response) {
                return response.text().then(function (text) {
                    var body = text ? JSON.parse(text) : null;
                    if (!response.ok) {
                        var failure = new Error((body && body.detail) || t('failed'));
                        failure.status = response.status;
                        failure.fields = (body && body.fields) || {};
                        throw failure;
                    }
                    return body;
                });
            });
    }

    /** Lets the other desk scripts follow what happens here: open, frame, message (drawn), closed. */
    function on(event, listener) {
        (listeners[event] = listeners[event] || []).push(listener);
    }

    function emit(event, value) {
        (listeners[event] || []).forEach(function (listener) {
            try { listener(value); } catch (error) { console.error(error); }
        });
    }

    // --- The live line -------------------------------------------------------------------------

    var outboxKey = 'tiski.desk.outbox';
    var outbox = new Outbox(readOutbox(), function (entries) {
        try { sessionStorage.setItem(outboxKey, JSON.stringify(entries)); } catch (ignored) { /* private mode */ }
    });
    var chatList = new MessageList($('deskMessages'),
        {sending: t('statusSending'), sent: t('statusSent'), failed: t('statusFailed')});
    // Back with growing pauses; on return the open conversation catches up by number and the
    // outbox is sent again.
    var line = new ChatLine({
        url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + base + '/ws/agent',
        outbox: outbox,
        resumeFrame: function (conversationId, afterSeq) {
            return {type: 'resume', conversationId: conversationId, afterSeq: afterSeq};
        },
        sendFrame: function (entry) {
            return {type: 'send', conversationId: entry.conversationId, clientId: entry.clientId, body: entry.body,
                'private': entry['private'], attachments: entry.files.map(function (file) { return file.id; }),
                options: entry.options};
        },
        onLine: lineChanged,
        onMessage: message,
        onStatus: function (entry, status, frame) {
            chatList.status(entry.clientId, status);
            if (status === 'failed') { $('deskError').textContent = (frame && frame.detail) || t('failed'); }
        },
        onFrame: received
    });

    function readOutbox() {
        try { return JSON.parse(sessionStorage.getItem(outboxKey) || '[]'); } catch (ignored) { return []; }
    }

    function lineChanged(up) {
        $('deskOffline').textContent = up ? '' : t('offline');
        $('deskOffline').hidden = up;
        if (!up) { return; }
        loadConversations();
        // What changed beside the chat while the line was down (notes, tags) is read again.
        if (state.current) { emit('open', state.current); }
    }

    function transmit(frame) {
        return line.transmit(frame);
    }

    function received(frame) {
        emit('frame', frame);
        if (frame.type === 'queues') {
            state.queues = frame.queues;
            sidebar.draw();
            markReady();
        } else if (frame.type === 'caughtUp') {
            if (state.current && state.current.id === frame.conversationId) { mark('tiski-conversation-shown'); }
        } else if (frame.type === 'typing' && state.current && frame.conversationId === state.current.id) {
            $('deskTyping').textContent = t('typing', frame.senderName || t('customer'));
            clearTimeout(state.typingTimer);
            state.typingTimer = setTimeout(function () { $('deskTyping').textContent = ''; }, 4000);
        } else if (frame.type === 'handedOver') {
            handedOver(frame.conversationId, frame.agentName);
        } else if (frame.type === 'ended') {
            if (state.current && frame.conversationId === state.current.id) { showEnded(); }
            loadConversations();
        } else if (frame.type === 'error' && !retryable(frame.code) && !chatList.find(frame.clientId)) {
            // A message's own refusal is shown by its status (onStatus); "try again" is done, not shown.
            $('deskError').textContent = frame.detail || t('failed');
        } else if (frame.type === 'inbox') {
            inbox.draw(frame);
            // An offer or handover that was taken meanwhile may have added a conversation.
            loadConversations();
        }
    }

    // --- Conversations: the sidebar list and the tabs above the chat --------------------------------

    function loadConversations() {
        return call('GET', 'conversations').then(function (conversations) {
            state.conversations = conversations;
            state.conversationsLoaded = true;
            if (state.current && !state.current.ended) {
                var still = conversations.some(function (c) { return c.id === state.current.id; });
                // Ended, or taken over by a colleague, while this desk was not told (e.g. offline).
                if (!still) { showEnded(); }
            }
            drawConversations();
            markReady();
        }).catch(function (error) { showError(error.message); });
    }

    /**
     * Performance marks for the desk benchmark: the desk is ready once both the queues and the
     * agent's conversations are drawn; a conversation is shown once it has caught up.
     */
    function markReady() {
        if (!state.ready && state.conversationsLoaded && state.queues.length > 0) {
            state.ready = true;
            mark('tiski-desk-ready');
        }
    }

    function mark(name) {
        if (window.performance && performance.mark) { performance.mark(name); }
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
                    askToEnd();
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
        showPanel(panelWanted());
        $('deskCustomer').textContent = conversation.customerName || t('customer');
        $('deskQueue').textContent = conversation.queueName;
        drawDetails(conversation);
        chatList.clear();
        $('deskError').textContent = '';
        $('deskTyping').textContent = '';
        $('deskConfirm').hidden = true;
        $('deskHandover').hidden = true;
        showActions(true);
        $('deskInput').disabled = false;
        $('deskComposer').hidden = false;
        $('deskHandoverError').textContent = '';
        setPrivate(false);
        drawTransferComment(conversation);
        drawFiles();
        // What this desk wrote to the chat and is still on its way stays shown at the end.
        outbox.pending(function (entry) { return entry.conversationId === conversationId; }).forEach(showPending);
        mark('tiski-conversation-open');
        // Read from the first message on, in number order; again from where it was after a reconnect.
        if (previous) { line.unfollow(previous.id); }
        line.follow(conversationId, 0);
        $('deskInput').focus();
        emit('open', conversation);
    }

    /** Who the customer is and where they came from; the full User-Agent header is in the tooltip. */
    function drawDetails(conversation) {
        var details = $('deskDetails');
        details.textContent = '';
        [['detailBrowser', conversation.browserName || conversation.browser, conversation.browser],
            ['detailSystem', conversation.system], ['detailLanguage', conversation.language],
            ['detailPage', conversation.page], ['detailReferrer', conversation.referrer]].forEach(function (row) {
            if (row[1]) {
                details.appendChild(el('dt', {}, [t(row[0])]));
                details.appendChild(el('dd', row[2] ? {'title': row[2]} : {}, [row[1]]));
            }
        });
    }

    /** The word from whoever handed the chat to this agent stays with the chat, not only in the request. */
    function drawTransferComment(conversation) {
        var comment = $('deskTransferComment');
        comment.hidden = !conversation.transferComment || !conversation.transferredBy;
        comment.textContent = comment.hidden ? '' : t('commentFrom', conversation.transferredBy, conversation.transferComment);
    }

    function closeView() {
        state.current = null;
        $('deskConversation').hidden = true;
        $('deskPanel').hidden = true;
        $('deskNothing').hidden = false;
        drawConversations();
        emit('closed');
    }

    // --- Messages --------------------------------------------------------------------------------

    /** A stored message from the line; `fresh`: not seen before (a catch-up may bring it again). */
    function message(frame, fresh) {
        var id = frame.conversationId;
        if (!state.current || state.current.id !== id) {
            if (frame.sender !== 'AGENT' && fresh) {
                state.unread[id] = (state.unread[id] || 0) + 1;
                drawConversations();
            }
            return;
        }
        if (chatList.has(frame.seq)) { return; }
        // In number order, whatever order the frames came in; it takes the place of the same
        // message shown while on its way.
        chatList.place(drawMessage(frame), frame.seq, frame.clientId);
        if (frame.sender === 'CUSTOMER') { $('deskTyping').textContent = ''; }
    }

    /** A message as the desk shows it (one on its way has neither a number nor a time yet). */
    function drawMessage(frame) {
        var item = el('li', {'class': 'tiski-from-' + frame.sender + (frame.staffOnly ? ' tiski-private' : ''),
            'data-testid': frame.staffOnly ? 'private' : frame.sender.toLowerCase()});
        // Who wrote it and when, in the page's language and the organisation's time zone.
        var heading = el('span', {'class': 'tiski-desk-sender'});
        if (frame.sender !== 'SYSTEM') {
            var who = frame.sender === 'CUSTOMER' ? (state.current.customerName || t('customer')) : frame.senderName;
            if (who) {
                heading.appendChild(document.createTextNode((frame.staffOnly ? who + ' · ' + t('private') : who) + ' · '));
            }
        }
        if (frame.at) {
            heading.appendChild(el('time', {'datetime': frame.at, 'data-testid': 'messageTime'}, [timeOf(frame.at)]));
        }
        item.appendChild(heading);
        item.appendChild(document.createTextNode(frame.body));
        (frame.attachments || []).forEach(function (file) {
            var address = api + 'attachments/' + file.id;
            if (file.image) {
                item.appendChild(el('img', {'src': address, 'alt': file.name}));
            } else {
                item.appendChild(el('a', {'href': address, 'download': file.name}, [file.name]));
            }
        });
        emit('message', {frame: frame, item: item});
        return item;
    }

    function showPending(entry) {
        chatList.place(drawMessage({sender: 'AGENT', body: entry.body, staffOnly: entry['private'],
            attachments: entry.files, options: entry.options}), null, entry.clientId);
        chatList.status(entry.clientId, 'sending');
    }

    function timeOf(instant) {
        // In the organisation's time zone, whatever the agent's computer is set to.
        return new Date(instant).toLocaleTimeString(document.documentElement.lang || [],
            {hour: '2-digit', minute: '2-digit', timeZone: desk.dataset.timeZone || undefined});
    }

    function send() {
        var input = $('deskInput');
        var body = input.value.trim();
        if ((!body && state.files.length === 0) || !state.current) { return; }
        post({body: body, 'private': $('deskPrivate').checked, files: state.files.slice()});
        if (!$('deskKeepPrivate').checked) { setPrivate(false); }
        input.value = '';
        state.files = [];
        drawFiles();
        $('deskError').textContent = '';
    }

    /**
     * Into the outbox, for the open conversation: shown "sending" at once, also while the line is
     * down (it goes on return). {@code message}: body, private, files, and options for a menu.
     */
    function post(message) {
        var entry = {conversationId: state.current.id, clientId: newClientId(), body: message.body,
            'private': Boolean(message['private']), files: message.files || [], options: message.options};
        showPending(entry);
        line.send(entry);
    }

    /**
     * Private mode shows on the input itself (its look and its label), so nobody writes to the
     * customer believing it private, or the other way round. It ends with the message sent unless
     * the agent ticks "stay private".
     */
    function setPrivate(on) {
        $('deskPrivate').checked = on;
        if (!on) { $('deskKeepPrivate').checked = false; }
        $('deskKeepPrivateLabel').hidden = !on;
        $('deskComposer').classList.toggle('tiski-desk-composer-private', on);
        $('deskInputLabel').textContent = on ? t('privateInputHint') : t('inputHint');
    }

    /** Puts text into the message box where the caret is, replacing a selection. */
    function insertText(text) {
        var input = $('deskInput');
        var start = input.selectionStart;
        input.setRangeText(text, start, input.selectionEnd, 'end');
        input.focus();
        input.dispatchEvent(new Event('input'));
    }

    // --- Files going with the next message (uploaded first, sent by id) ------------------------

    function addFile(file) {
        state.files.push(file);
        drawFiles();
    }

    function drawFiles() {
        var list = $('deskFiles');
        list.textContent = '';
        state.files.forEach(function (file, index) {
            var remove = el('button', {'type': 'button', 'class': 'tiski-desk-close', 'title': t('removeFile'),
                'aria-label': t('removeFile')}, ['×']);
            remove.addEventListener('click', function () {
                state.files.splice(index, 1);
                drawFiles();
            });
            list.appendChild(el('li', {'data-testid': 'pendingFile'}, [file.name, remove]));
        });
    }

    // --- Ending ----------------------------------------------------------------------------------

    function askToEnd() {
        if (!state.current) { return; }
        $('deskConfirmText').textContent = t('endConfirm', state.current.customerName || t('customer'));
        $('deskConfirm').hidden = false;
        $('deskEnd').hidden = true;
        $('deskEndNo').focus();
    }

    function end() {
        var conversation = state.current;
        call('POST', 'conversations/' + conversation.id + '/end').then(function () {
            // The agent may have switched tabs meanwhile: only this chat's view shows the end.
            if (state.current === conversation) {
                showEnded();
            } else {
                conversation.ended = true;
            }
            loadConversations();
        }).catch(function (error) { showError(error.message); });
    }

    function showEnded() {
        if (state.current) { state.current.ended = true; }
        $('deskConfirm').hidden = true;
        $('deskHandover').hidden = true;
        showActions(false);
        $('deskInput').disabled = true;
        $('deskTyping').textContent = t('ended');
        drawTabs();
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
            showActions(false);
            $('deskComposer').hidden = true;
            $('deskTyping').textContent = t('handedTo', state.current.handedTo);
        }
        loadConversations();
    }

    function showActions(visible) {
        ['deskTransfer', 'deskInvite', 'deskEnd'].forEach(function (id) { $(id).hidden = !visible; });
    }

    // --- Transfer and invite: to a queue or a colleague, with a word for them -----------------

    function askForHandover(kind) {
        var form = $('deskHandover');
        var title = $('deskHandoverTitle');
        title.textContent = title.dataset['t' + kind.charAt(0).toUpperCase() + kind.slice(1)];
        form.dataset.kind = kind;
        call('GET', 'colleagues').then(function (colleagues) {
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
        }).catch(function (error) { showError(error.message); });
    }

    function handOver(event) {
        event.preventDefault();
        var form = $('deskHandover');
        var target = $('deskHandoverTarget').value.split(':');
        var request = {comment: $('deskHandoverComment').value};
        request[target[0] === 'queue' ? 'queueId' : 'agentId'] = Number(target[1]);
        var conversation = state.current;
        call('POST', 'conversations/' + conversation.id + '/' + form.dataset.kind, request).then(function (handover) {
            if (state.current !== conversation) {
                loadConversations();
                return;
            }
            form.hidden = true;
            $('deskHandoverError').textContent = '';
            $('deskError').textContent = '';
            // Back to a queue it is done at once and no longer this agent's; to a colleague it waits for them.
            if (handover.status === 'COMPLETED') {
                closeView();
            } else {
                $('deskTyping').textContent = t('handoverSent');
            }
            loadConversations();
        }).catch(function (error) {
            // Next to the form that was sent, which stays open to try again.
            $('deskHandoverError').textContent = error.message;
        });
    }

    /** In the chat when one is open, else in the sidebar, so that no failure goes unseen. */
    function showError(text) {
        $($('deskConversation').hidden ? 'deskNotice' : 'deskError').textContent = text;
    }

    $('deskInput').addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            send();
        }
    });
    var lastTyping = 0;
    $('deskInput').addEventListener('input', function () {
        // One typing signal every few seconds at most, and never for private notes.
        if (state.current && !$('deskPrivate').checked && Date.now() - lastTyping > 3000) {
            lastTyping = Date.now();
            transmit({type: 'typing', conversationId: state.current.id});
        }
    });
    $('deskPrivate').addEventListener('change', function () {
        setPrivate($('deskPrivate').checked);
        $('deskInput').focus();
    });
    $('deskPanelToggle').addEventListener('click', function () { showPanel($('deskPanel').hidden); });
    $('deskEnd').addEventListener('click', askToEnd);
    $('deskEndNo').addEventListener('click', function () {
        $('deskConfirm').hidden = true;
        $('deskEnd').hidden = false;
    });
    $('deskEndYes').addEventListener('click', end);
    $('deskTransfer').addEventListener('click', function () { askForHandover('transfer'); });
    $('deskInvite').addEventListener('click', function () { askForHandover('invite'); });
    $('deskHandover').addEventListener('submit', handOver);
    $('deskHandoverCancel').addEventListener('click', function () {
        $('deskHandover').hidden = true;
        $('deskHandoverError').textContent = '';
    });

    // --- Presence and the side panel ---------------------------------------------------------------

    /** The presence the switch shows; the switch's form is redrawn by its Faces request. */
    function online() {
        var form = $('presenceForm');
        return !!form && form.dataset.presence === 'ONLINE';
    }

    // The switch is redrawn by its Faces request: "Pick next" follows a new presence, and an error
    // that said to go online no longer applies once online. (The sidebar's own redraws change nothing here.)
    var shownPresence = online();
    new MutationObserver(function () {
        if (online() === shownPresence) { return; }
        shownPresence = online();
        if (shownPresence) {
            $('deskNotice').textContent = '';
            $('deskError').textContent = '';
        }
        sidebar.draw();
    }).observe($('presenceForm').parentNode, {childList: true, subtree: true, attributes: true,
        attributeFilter: ['data-presence']});

    /** Shown or hidden by the agent; the choice is kept in this browser. */
    function showPanel(visible) {
        $('deskPanel').hidden = !visible || !state.current;
        desk.classList.toggle('tiski-desk-panel-hidden', !visible);
        $('deskPanelToggle').setAttribute('aria-expanded', String(visible));
        $('deskPanelToggle').textContent = visible ? t('panelHide') : t('panelShow');
        try { localStorage.setItem('tiski.desk.panel', visible ? 'shown' : 'hidden'); } catch (ignored) { /* private mode */ }
    }

    function panelWanted() {
        try { return localStorage.getItem('tiski.desk.panel') !== 'hidden'; } catch (ignored) { return true; }
    }

    // What the desk's other components may use of the core.
    var core = {
        t: t, el: el, call: call, on: on, showError: showError, insertText: insertText, addFile: addFile,
        post: post,
        // The organisation's time zone: every time the desk shows is in it.
        timeZone: desk.dataset.timeZone || undefined,
        current: function () { return state.current; },
        queues: function () { return state.queues; },
        base: base, online: online, timeOf: timeOf, loadConversations: loadConversations, open: open
    };
    sidebar = queueSidebar(core);
    inbox = requestList(core);
    composer(core);
    options(core);
    panel(core);
    activity(core);
    contactNotes(core, contact(core));

    sidebar.draw();
    line.start();
}
