/*
 * The agent desk, live: the queue sidebar, the agent's conversations and the chat all come over the
 * agent's live line (/ws/agent); actions (pick, end) go to the agent API. Every text from a customer
 * or another agent is put into the page with textContent, never as markup.
 */
(function () {
    'use strict';

    var desk = document.getElementById('desk');
    if (!desk) { return; }
    var base = location.pathname.substring(0, location.pathname.indexOf('/desk/'));
    var api = base + '/api/agent/';
    var state = {
        socket: null,
        retry: 0,
        queues: [],
        conversations: [],
        current: null,
        lastSeq: {},
        unread: {},
        shown: {}
    };
    var $ = function (id) { return document.getElementById(id); };

    function t(key) {
        var text = desk.dataset['t' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
        for (var i = 1; i < arguments.length; i++) {
            text = text.replace('{' + (i - 1) + '}', arguments[i]);
        }
        return text;
    }

    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        (children || []).forEach(function (child) {
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    function call(method, path) {
        return fetch(api + path, {method: method, headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                return response.text().then(function (text) {
                    var body = text ? JSON.parse(text) : null;
                    if (!response.ok) { throw new Error((body && body.detail) || t('failed')); }
                    return body;
                });
            });
    }

    // --- The live line -------------------------------------------------------------------------

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + base + '/ws/agent');
        state.socket = socket;
        socket.onopen = function () {
            state.retry = 0;
            $('deskOffline').hidden = true;
            loadConversations();
            if (state.current) { resume(state.current.id); }
        };
        socket.onmessage = function (event) { received(JSON.parse(event.data)); };
        socket.onclose = function () {
            if (state.socket !== socket) { return; }
            // Back with growing pauses; on return the open conversation catches up by number.
            $('deskOffline').textContent = t('offline');
            $('deskOffline').hidden = false;
            state.retry = Math.min(state.retry + 1, 6);
            setTimeout(connect, 500 * Math.pow(2, state.retry - 1));
        };
    }

    function transmit(frame) {
        if (state.socket && state.socket.readyState === WebSocket.OPEN) {
            state.socket.send(JSON.stringify(frame));
            return true;
        }
        return false;
    }

    function received(frame) {
        if (frame.type === 'queues') {
            state.queues = frame.queues;
            drawQueues();
        } else if (frame.type === 'message') {
            message(frame);
        } else if (frame.type === 'caughtUp') {
            state.lastSeq[frame.conversationId] = Math.max(state.lastSeq[frame.conversationId] || 0, frame.lastSeq);
        } else if (frame.type === 'typing' && state.current && frame.conversationId === state.current.id) {
            $('deskTyping').textContent = t('typing', frame.senderName || t('customer'));
            clearTimeout(state.typingTimer);
            state.typingTimer = setTimeout(function () { $('deskTyping').textContent = ''; }, 4000);
        } else if (frame.type === 'ended') {
            loadConversations();
            if (state.current && frame.conversationId === state.current.id) { showEnded(); }
        } else if (frame.type === 'error') {
            $('deskError').textContent = frame.detail || t('failed');
        } else if (frame.type === 'inbox') {
            drawRequests(frame);
            // An offer or handover that was taken meanwhile may have added a conversation.
            loadConversations();
        }
    }

    // --- Queues ----------------------------------------------------------------------------------

    function drawQueues() {
        var list = $('deskQueues');
        list.textContent = '';
        if (state.queues.length === 0) {
            list.appendChild(el('li', {'class': 'tiski-desk-muted'}, [t('noQueues')]));
        }
        state.queues.forEach(function (queue) {
            var row = el('li', {'data-testid': 'queue', 'data-queue-id': String(queue.id)}, [
                el('span', {'class': 'tiski-desk-dot ' + (queue.open ? 'tiski-open' : 'tiski-closed'),
                    'title': queue.open ? t('open') : t('closed'), 'role': 'img',
                    'aria-label': queue.open ? t('open') : t('closed')}),
                el('span', {'class': 'tiski-desk-name', 'title': queue.name}, [queue.name]),
                el('span', {'class': 'tiski-desk-count' + (queue.waiting > 0 ? ' tiski-busy' : ''),
                    'title': t('waiting', queue.waiting), 'data-testid': 'waiting'}, [String(queue.waiting)])
            ]);
            if (queue.handled && queue.waiting > 0) {
                var pick = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'pickNext'},
                    [t('pickNext')]);
                pick.addEventListener('click', function () { pickNext(queue.id, pick); });
                row.appendChild(pick);
            }
            list.appendChild(row);
        });
    }

    /** Takes the customer who has waited longest in the queue (the agent API lists them in line order). */
    function pickNext(queueId, button) {
        button.disabled = true;
        call('GET', 'waiting').then(function (waiting) {
            var next = waiting.filter(function (c) { return c.queueId === queueId; })[0];
            if (!next) { throw new Error(t('nobodyWaiting')); }
            return call('POST', 'waiting/' + next.id + '/pick');
        }).then(function (picked) {
            return loadConversations().then(function () { open(picked.id); });
        }).catch(function (error) {
            showError(error.message);
        }).then(function () { button.disabled = false; });
    }

    // --- Requests: offers, transfers and invitations waiting for this agent's answer --------------

    /**
     * Brings the list in line with the inbox. A request already shown keeps its element, so a frame
     * that arrives while the agent reaches for Accept never swaps the button under the pointer.
     */
    function drawRequests(inbox) {
        var list = $('deskRequests');
        var shown = {};
        Array.prototype.forEach.call(list.children, function (item) { shown[item.dataset.key] = item; });
        var wanted = [];
        inbox.offers.forEach(function (offer) {
            var customer = offer.customer.customerName || t('customer');
            wanted.push(shown['offer-' + offer.customer.id] || request('offer-' + offer.customer.id, 'offer',
                t('offer', customer + ' · ' + offer.customer.queueName), null, offer.expiresAt,
                'offers/' + offer.customer.id + '/accept', 'offers/' + offer.customer.id + '/reject'));
        });
        inbox.handovers.forEach(function (handover) {
            var customer = handover.conversation.customerName || t('customer');
            var text = handover.kind === 'INVITE' ? t('invitation', handover.requestedBy, customer)
                : t('transfer', handover.requestedBy, customer);
            wanted.push(shown['handover-' + handover.id] || request('handover-' + handover.id, 'handover', text,
                handover.comment, handover.expiresAt,
                'handovers/' + handover.id + '/accept', 'handovers/' + handover.id + '/decline'));
        });
        Array.prototype.forEach.call(list.querySelectorAll(':scope > li'), function (item) {
            if (wanted.indexOf(item) < 0) { item.remove(); }
        });
        wanted.forEach(function (item) { list.appendChild(item); });
        tick();
    }

    function request(key, kind, text, comment, expiresAt, acceptPath, rejectPath) {
        var countdown = el('span', {'class': 'tiski-desk-countdown', 'data-testid': 'countdown'});
        if (expiresAt) { countdown.dataset.expiresAt = String(Date.parse(expiresAt)); }
        var accept = el('button', {'type': 'button', 'class': 'tiski-desk-button', 'data-testid': 'accept'}, [t('accept')]);
        var reject = el('button', {'type': 'button', 'class': 'tiski-desk-button tiski-desk-danger', 'data-testid': 'reject'},
            [t('reject')]);
        var item = el('li', {'data-testid': kind, 'data-key': key}, [el('span', {'class': 'tiski-desk-name'}, [text]), countdown, accept, reject]);
        if (comment) { item.appendChild(el('span', {'class': 'tiski-desk-comment'}, [comment])); }
        accept.addEventListener('click', function () {
            answer(item, acceptPath).then(function (taken) {
                return loadConversations().then(function () { if (taken) { open(taken.id); } });
            });
        });
        reject.addEventListener('click', function () { answer(item, rejectPath); });
        return item;
    }

    /** Answers a request; it leaves the list at once, and the next inbox frame is the truth. */
    function answer(item, path) {
        Array.prototype.forEach.call(item.querySelectorAll('button'), function (b) { b.disabled = true; });
        return call('POST', path).then(function (result) {
            item.remove();
            return result;
        }).catch(function (error) {
            item.remove();
            showError(error.message);
            return null;
        });
    }

    /** The countdowns, once a second while any request waits. */
    function tick() {
        clearTimeout(state.tickTimer);
        var counters = document.querySelectorAll('#deskRequests [data-expires-at]');
        Array.prototype.forEach.call(counters, function (counter) {
            var left = Math.max(0, Math.ceil((Number(counter.dataset.expiresAt) - Date.now()) / 1000));
            counter.textContent = t('secondsLeft', left);
        });
        if (counters.length > 0) { state.tickTimer = setTimeout(tick, 1000); }
    }

    // --- Conversations ---------------------------------------------------------------------------

    function loadConversations() {
        return call('GET', 'conversations').then(function (conversations) {
            state.conversations = conversations;
            drawConversations();
        }).catch(function (error) { showError(error.message); });
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
            var row = el('li', {'class': state.current && state.current.id === conversation.id ? 'tiski-desk-current' : ''},
                [name, el('span', {'class': 'tiski-desk-muted'}, [conversation.queueName])]);
            if (state.unread[conversation.id]) {
                row.appendChild(el('span', {'class': 'tiski-desk-unread', 'data-testid': 'unread'},
                    [String(state.unread[conversation.id])]));
            }
            list.appendChild(row);
        });
    }

    function open(conversationId) {
        var conversation = state.conversations.filter(function (c) { return c.id === conversationId; })[0];
        if (!conversation) { return; }
        state.current = conversation;
        state.unread[conversationId] = 0;
        state.shown = {};
        drawConversations();
        $('deskNothing').hidden = true;
        $('deskConversation').hidden = false;
        $('deskCustomer').textContent = conversation.customerName || t('customer');
        $('deskQueue').textContent = conversation.queueName;
        var details = $('deskDetails');
        details.textContent = '';
        [['detailBrowser', conversation.browser], ['detailLanguage', conversation.language],
            ['detailPage', conversation.page]].forEach(function (pair) {
            if (pair[1]) {
                details.appendChild(el('dt', {}, [t(pair[0])]));
                details.appendChild(el('dd', {}, [pair[1]]));
            }
        });
        $('deskMessages').textContent = '';
        $('deskError').textContent = '';
        $('deskTyping').textContent = '';
        $('deskConfirm').hidden = true;
        $('deskEnd').hidden = false;
        $('deskInput').disabled = false;
        state.lastSeq[conversationId] = 0;
        resume(conversationId);
        $('deskInput').focus();
    }

    function resume(conversationId) {
        transmit({type: 'resume', conversationId: conversationId, afterSeq: state.lastSeq[conversationId] || 0});
    }

    // --- Messages --------------------------------------------------------------------------------

    function message(frame) {
        var id = frame.conversationId;
        if (!state.current || state.current.id !== id) {
            if (frame.sender !== 'AGENT') {
                state.unread[id] = (state.unread[id] || 0) + 1;
                drawConversations();
            }
            return;
        }
        if (state.shown[frame.seq]) { return; }
        var item = el('li', {'class': 'tiski-from-' + frame.sender + (frame.staffOnly ? ' tiski-private' : ''),
            'data-seq': String(frame.seq), 'data-testid': frame.staffOnly ? 'private' : frame.sender.toLowerCase()});
        if (frame.sender !== 'SYSTEM') {
            var who = frame.sender === 'CUSTOMER' ? (state.current.customerName || t('customer')) : frame.senderName;
            item.appendChild(el('span', {'class': 'tiski-desk-sender'},
                [frame.staffOnly ? who + ' · ' + t('private') : who]));
        }
        item.appendChild(document.createTextNode(frame.body));
        (frame.attachments || []).forEach(function (file) {
            var address = api + 'attachments/' + file.id;
            if (file.image) {
                item.appendChild(el('img', {'src': address, 'alt': file.name}));
            } else {
                item.appendChild(el('a', {'href': address, 'download': file.name}, [file.name]));
            }
        });
        state.shown[frame.seq] = item;
        // In number order, whatever order the frames came in.
        var list = $('deskMessages');
        var after = Array.prototype.filter.call(list.children, function (other) {
            return Number(other.dataset.seq) > frame.seq;
        })[0];
        list.insertBefore(item, after || null);
        if (!after) { list.scrollTop = list.scrollHeight; }
        state.lastSeq[id] = Math.max(state.lastSeq[id] || 0, frame.seq);
        if (frame.sender === 'CUSTOMER') { $('deskTyping').textContent = ''; }
    }

    function send() {
        var input = $('deskInput');
        var body = input.value.trim();
        if (!body || !state.current) { return; }
        var sent = transmit({type: 'send', conversationId: state.current.id, clientId: clientId(), body: body,
            'private': $('deskPrivate').checked});
        if (sent) {
            input.value = '';
            $('deskError').textContent = '';
        } else {
            $('deskError').textContent = t('offline');
        }
    }

    function clientId() {
        return window.crypto && crypto.randomUUID ? crypto.randomUUID()
            : 'd' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
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
            showEnded();
            loadConversations();
        }).catch(function (error) { showError(error.message); });
    }

    function showEnded() {
        $('deskConfirm').hidden = true;
        $('deskEnd').hidden = true;
        $('deskInput').disabled = true;
        $('deskTyping').textContent = t('ended');
    }

    function showError(text) {
        $('deskError').textContent = text;
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
    $('deskEnd').addEventListener('click', askToEnd);
    $('deskEndNo').addEventListener('click', function () {
        $('deskConfirm').hidden = true;
        $('deskEnd').hidden = false;
    });
    $('deskEndYes').addEventListener('click', end);

    drawQueues();
    connect();
}());
