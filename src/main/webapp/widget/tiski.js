/*
 * Tiski chat widget. Add to any page with one tag:
 *   <script src="https://YOUR-TISKI/widget/tiski.js" data-organisation="ORGANISATION-ID" async></script>
 * It lets a customer pick a queue and join it, shows their place in line and the expected wait,
 * and keeps the customer's place across pages of the site. Plain JavaScript, no dependencies, no cookies:
 * the conversation token lives in sessionStorage and travels in the Authorization header.
 * Everything is drawn inside one element's Shadow DOM (<tiski-chat>): the page's styles do not reach
 * the widget, and the widget's styles do not leave it. A launcher opens it; it minimises again (its
 * button or Escape) and the tab remembers which, across the pages of the site.
 */
(function () {
    'use strict';
    var script = document.currentScript;
    if (!script) { return; }
    var base = new URL('.', script.src).href.replace(/widget\/$/, '');
    var organisation = script.getAttribute('data-organisation');
    var storageKey = 'tiski.' + organisation;
    var pollMillis = 3000;
    var text = {};
    var state = JSON.parse(sessionStorage.getItem(storageKey) || '{}');
    var openKey = storageKey + '.open';
    var poller = null;
    var view = null;

    function save() { sessionStorage.setItem(storageKey, JSON.stringify(state)); }

    function randomKey() {
        var bytes = new Uint8Array(24);
        crypto.getRandomValues(bytes);
        return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function t(key, arg) {
        var value = text[key] || key;
        return arg === undefined ? value : value.replace('{0}', arg);
    }

    // The customer's language: chosen in the start form, else the browser's if Tiski speaks it.
    function language() {
        var spoken = Object.keys(text).filter(function (key) { return key.indexOf('language.') === 0; })
            .map(function (key) { return key.substring('language.'.length); });
        var wanted = state.language || (navigator.language || 'en').split('-')[0];
        return spoken.indexOf(wanted) >= 0 ? wanted : 'en';
    }

    function loadTexts(tag) {
        return fetch(base + 'api/public/widget-text?lang=' + encodeURIComponent(tag))
            .then(function (response) { return response.json(); })
            .then(function (texts) { text = texts; });
    }

    function api(method, path, body) {
        var headers = {'Content-Type': 'application/json', 'Accept-Language': language()};
        if (state.token) { headers.Authorization = 'Bearer ' + state.token; }
        return fetch(base + 'api/public/' + path, {
            method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, keepalive: method === 'DELETE'
        });
    }

    // Every text node is set with textContent: nothing from the server or the customer is parsed as HTML.
    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        (children || []).forEach(function (child) {
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    var host = document.createElement('tiski-chat');
    var shadow = host.attachShadow({mode: 'open'});
    var content = el('div', {'class': 'tiski-body', 'aria-live': 'polite'});
    var panel = el('section', {'class': 'tiski-widget', 'id': 'tiski-panel', 'aria-labelledby': 'tiski-title',
        'data-testid': 'tiski-widget', 'hidden': 'hidden'});
    var launcher = el('button', {'type': 'button', 'class': 'tiski-launcher', 'aria-controls': 'tiski-panel',
        'aria-expanded': 'false', 'data-testid': 'launcher'});
    // What a view wants focused when the customer comes to it (the message box, the first field).
    var viewFocus = null;
    // Whether the customer's focus was last in the widget: only then does a new view take it (a
    // chat that opens while the customer reads the shop's page leaves their focus where it is).
    var focusInside = false;
    document.addEventListener('focusin', function (event) { focusInside = event.target === host; });
    document.addEventListener('mousedown', function (event) { focusInside = event.target === host; }, true);

    function show(nodes, name, focus) {
        view = name;
        viewFocus = focus || null;
        content.replaceChildren.apply(content, nodes);
        if (focus && !panel.hidden && (focusInside || document.activeElement === host)) { focus.focus(); }
    }

    function setOpen(open, moveFocus) {
        panel.hidden = !open;
        launcher.hidden = open;
        launcher.setAttribute('aria-expanded', String(open));
        sessionStorage.setItem(openKey, open ? 'open' : 'minimised');
        if (!moveFocus) { return; }
        var target = open ? viewFocus || content.querySelector('button, select, input, textarea') : launcher;
        if (target) { target.focus(); }
    }

    var minimise = el('button', {'type': 'button', 'class': 'tiski-minimise', 'data-testid': 'minimise'});
    var title = el('h2', {'id': 'tiski-title'});

    // The texts outside the views, again when the customer chooses another language.
    function label() {
        host.setAttribute('lang', language());
        minimise.setAttribute('title', t('minimise'));
        minimise.setAttribute('aria-label', t('minimise'));
        title.textContent = t('title');
        launcher.replaceChildren(icon('M4 5h16v10H9l-5 4z'), el('span', {}, [t('title')]));
    }

    function mount() {
        minimise.replaceChildren(icon('M5 12h14'));
        minimise.addEventListener('click', function () { setOpen(false, true); });
        label();
        launcher.addEventListener('click', function () { setOpen(true, true); });
        panel.replaceChildren(el('header', {}, [title, minimise]), content);
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { event.preventDefault(); setOpen(false, true); }
        });
        shadow.replaceChildren(style, launcher, panel);
        document.body.appendChild(host);
        // A customer in a conversation sees it open on the next page unless they minimised it.
        var remembered = sessionStorage.getItem(openKey);
        setOpen(remembered ? remembered === 'open' : Boolean(state.token), false);
    }

    function startForm(queues) {
        if (!queues.length) { show([el('p', {'data-testid': 'no-queues'}, [t('noQueues')])], 'none'); return; }
        var select = el('select', {'name': 'queue', 'data-testid': 'queue'}, queues.map(function (queue) {
            var option = el('option', {'value': queue.id}, [queue.name + (queue.open ? '' : ' (' + t('closedShort') + ')')]);
            if (!queue.open) { option.setAttribute('data-closed', 'true'); }
            return option;
        }));
        var name = el('input', {'name': 'name', 'maxlength': '120', 'data-testid': 'name', 'autocomplete': 'name'});
        // Optional; given, they let the agent find the customer's contact card.
        var phone = el('input', {'name': 'phone', 'type': 'tel', 'maxlength': '40', 'data-testid': 'phone',
            'autocomplete': 'tel'});
        var email = el('input', {'name': 'email', 'type': 'email', 'maxlength': '254', 'data-testid': 'email',
            'autocomplete': 'email'});
        var errors = {
            phone: el('span', {'class': 'tiski-error', 'data-testid': 'phone-error', 'role': 'alert'}),
            email: el('span', {'class': 'tiski-error', 'data-testid': 'email-error', 'role': 'alert'})
        };
        var start = el('button', {'type': 'submit', 'data-testid': 'start'}, [t('start')]);
        var languages = el('select', {'name': 'language', 'data-testid': 'language'}, Object.keys(text)
            .filter(function (key) { return key.indexOf('language.') === 0; }).map(function (key) {
                var tag = key.substring('language.'.length);
                var option = el('option', {'value': tag, 'lang': tag}, [text[key]]);
                if (tag === language()) { option.setAttribute('selected', 'selected'); }
                return option;
            }));
        languages.addEventListener('change', function () {
            state.language = languages.value;
            save();
            loadTexts(state.language).then(function () { label(); startForm(queues); })
                .then(function () { content.querySelector('[data-testid=language]').focus(); });
        });
        var form = el('form', {'novalidate': 'novalidate'}, [el('label', {}, [t('language'), languages]),
            el('label', {}, [t('queue'), select]),
            el('label', {}, [t('name'), name]), el('label', {}, [t('phone'), phone, errors.phone]),
            el('label', {}, [t('email'), email, errors.email]), start]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var queue = queues.filter(function (q) { return String(q.id) === select.value; })[0];
            if (!queue.open) { offlineForm(queue); return; }
            state.startKey = state.startKey || randomKey();
            // Kept for the transcript form at the end, in this tab only.
            state.email = email.value.trim();
            save();
            start.disabled = true;
            solvedChallenge(start).then(function (solved) {
                return api('POST', 'conversations', {
                    queueId: queue.id, startKey: state.startKey, name: name.value,
                    language: language(), page: location.href,
                    referrer: document.referrer, phone: phone.value, email: email.value,
                    challenge: solved.challenge, proof: solved.proof
                });
            }).then(function (response) {
                return response.json().then(function (body) { return {ok: response.ok, body: body}; });
            }).then(function (answer) {
                var fields = (!answer.ok && answer.body.fields) || {};
                errors.phone.textContent = fields.phone || '';
                errors.email.textContent = fields.email || '';
                if (fields.phone || fields.email) {
                    // Nothing was started: the customer corrects the field and starts again.
                    start.disabled = false;
                    (fields.phone ? phone : email).focus();
                    return;
                }
                if (!answer.ok) { showError(answer.body.detail || t('failed')); return; }
                state.token = answer.body.token;
                save();
                render(answer.body);
                follow();
            }).catch(function () { start.disabled = false; showError(t('failed')); });
        });
        show([form], 'start', select);
    }

    function showError(detail) {
        var error = el('p', {'data-testid': 'error', 'tabindex': '-1'}, [detail]);
        show([error], 'error', error);
    }

    /**
     * When the organisation asks new chats for a proof of work: the challenge and a number whose
     * SHA-256 with it starts with the asked zero bits (about a second); otherwise nothing to send.
     */
    function solvedChallenge(button) {
        return fetch(base + 'api/public/organisations/' + encodeURIComponent(organisation) + '/challenge')
            .then(function (response) { return response.status === 204 ? null : response.json(); })
            .then(function (asked) {
                if (!asked) { return {}; }
                button.textContent = t('checking');
                var encoder = new TextEncoder();
                function tryFrom(proof) {
                    var batch = [];
                    for (var i = 0; i < 256; i++) {
                        batch.push(crypto.subtle.digest('SHA-256', encoder.encode(asked.challenge + ':' + (proof + i))));
                    }
                    return Promise.all(batch).then(function (hashes) {
                        for (var j = 0; j < hashes.length; j++) {
                            if (leadingZeroBits(new Uint8Array(hashes[j])) >= asked.bits) {
                                button.textContent = t('start');
                                return {challenge: asked.challenge, proof: String(proof + j)};
                            }
                        }
                        return tryFrom(proof + 256);
                    });
                }
                return tryFrom(0);
            });
    }

    function leadingZeroBits(bytes) {
        var zeros = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0) { zeros += 8; continue; }
            return zeros + Math.clz32(bytes[i]) - 24;
        }
        return zeros;
    }

    function offlineForm(queue) {
        var name = el('input', {'maxlength': '120', 'data-testid': 'offline-name', 'autocomplete': 'name'});
        var contact = el('input', {'maxlength': '254', 'required': 'required', 'data-testid': 'offline-contact',
            'autocomplete': 'email'});
        var message = el('textarea', {'maxlength': '4000', 'required': 'required', 'rows': '4', 'data-testid': 'offline-message'});
        var error = el('p', {'class': 'tiski-error', 'data-testid': 'offline-error'});
        var send = el('button', {'type': 'submit', 'data-testid': 'offline-send'}, [t('offline.send')]);
        var form = el('form', {}, [el('p', {}, [t('offline.intro')]), el('label', {}, [t('name'), name]),
            el('label', {}, [t('offline.contact'), contact]), el('label', {}, [t('offline.message'), message]), error, send]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send.disabled = true;
            fetch(base + 'api/public/queues/' + encodeURIComponent(queue.id) + '/offline-messages', {
                method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({name: name.value, contact: contact.value, message: message.value})
            }).then(function (response) {
                if (response.ok) {
                    var sent = el('p', {'data-testid': 'offline-sent', 'tabindex': '-1'}, [t('offline.sent')]);
                    show([sent], 'offline-sent', sent);
                    return;
                }
                return response.json().then(function (problem) {
                    send.disabled = false;
                    error.textContent = problem.detail || t('failed');
                });
            }).catch(function () { send.disabled = false; error.textContent = t('failed'); });
        });
        show([form], 'offline', name);
    }

    function render(conversation) {
        if (conversation.status === 'WAITING') {
            showWaiting(conversation);
        } else if (conversation.status === 'ACTIVE') {
            openChat(conversation);
            // After a transfer the same chat goes on with another agent: say who it is now.
            chat.connected.textContent = t('connected', conversation.agentName);
        } else {
            finish(false);
        }
    }

    // Built once, then only its figures change: a poll every few seconds must not take the
    // customer's focus or make a screen reader read the whole view again.
    var waiting = null;

    function showWaiting(conversation) {
        if (view !== 'waiting') {
            closeChat();
            var status = el('p', {'class': 'tiski-status', 'tabindex': '-1', 'data-testid': 'waiting'}, [t('waiting')]);
            var leave = el('button', {'type': 'button', 'class': 'tiski-secondary', 'data-testid': 'leave'}, [t('leave')]);
            leave.addEventListener('click', function () {
                leave.disabled = true;
                clearInterval(poller);
                api('DELETE', 'conversation').then(function () { finish(true); });
            });
            waiting = {position: el('p', {'data-testid': 'position'}), estimate: el('p', {'data-testid': 'estimate'})};
            show([status, waiting.position, waiting.estimate, leave], 'waiting', status);
        }
        waiting.position.textContent = t('position', conversation.position);
        waiting.estimate.textContent = conversation.estimatedWaitSeconds == null ? t('estimateUnknown')
            : t('estimate', Math.max(1, Math.round(conversation.estimatedWaitSeconds / 60)));
    }

    // --- The chat: /ws/customer. Messages are shown in seq order; what the customer writes keeps its
    // client id in sessionStorage until acknowledged and is sent again after a reconnect, so a
    // dropped connection neither loses nor doubles it.
    var chat = null;

    // Drawn, not an emoji: not every system has a font with one.
    function paperclip() {
        return icon('M16.5 6.5l-8 8a2 2 0 0 0 2.8 2.8l8.5-8.5a4 4 0 0 0-5.6-5.6L5.6 11.8a6 6 0 0 0 8.5 8.5l7-7');
    }

    function icon(shape) {
        var ns = 'http://www.w3.org/2000/svg';
        var drawing = document.createElementNS(ns, 'svg');
        drawing.setAttribute('viewBox', '0 0 24 24');
        drawing.setAttribute('width', '16');
        drawing.setAttribute('height', '16');
        drawing.setAttribute('aria-hidden', 'true');
        var path = document.createElementNS(ns, 'path');
        path.setAttribute('d', shape);
        path.setAttribute('fill', 'none');
        path.setAttribute('stroke', 'currentColor');
        path.setAttribute('stroke-width', '2');
        path.setAttribute('stroke-linecap', 'round');
        drawing.appendChild(path);
        return drawing;
    }

    function openChat(conversation) {
        if (chat) { return; }
        // A fresh list (a new page of the site, or back from a transfer) shows the whole chat again.
        state.lastSeq = 0;
        state.outbox = state.outbox || [];
        save();
        var list = el('ol', {'class': 'tiski-messages', 'data-testid': 'messages'});
        var typing = el('p', {'class': 'tiski-typing', 'data-testid': 'typing'});
        var input = el('textarea', {'rows': '2', 'maxlength': '4000', 'data-testid': 'message-input',
            'placeholder': t('messagePlaceholder'), 'aria-label': t('messagePlaceholder')});
        var sendButton = el('button', {'type': 'submit', 'data-testid': 'send'}, [t('send')]);
        var end = el('button', {'type': 'button', 'class': 'tiski-secondary', 'data-testid': 'end'}, [t('end')]);
        var error = el('p', {'class': 'tiski-error', 'data-testid': 'chat-error'});
        var compose = [input, sendButton];
        if (conversation.attachmentsAllowed) {
            var files = el('input', {'type': 'file', 'multiple': 'multiple', 'hidden': 'hidden', 'data-testid': 'files'});
            var attach = el('button', {'type': 'button', 'class': 'tiski-secondary tiski-attach', 'title': t('attach'),
                'aria-label': t('attach'), 'data-testid': 'attach'}, [paperclip()]);
            attach.addEventListener('click', function () { files.click(); });
            files.addEventListener('change', function () {
                sendFiles(Array.prototype.slice.call(files.files), input.value.trim());
                input.value = '';
                files.value = '';
            });
            compose = [input, attach, files, sendButton];
        }
        var form = el('form', {'class': 'tiski-compose'}, compose);
        var connected = el('p', {'class': 'tiski-status', 'data-testid': 'connected'}, [t('connected', conversation.agentName)]);
        chat = {list: list, typing: typing, error: error, connected: connected, socket: null, shown: {}, retry: 500,
            closed: false, typedAt: 0, catchingUp: true, timeZone: conversation.timeZone || undefined};
        show([connected, list, typing, error, form, end], 'chat', input);
        state.outbox.forEach(function (pending) {
            showMessage({clientId: pending.clientId, body: pending.body, sender: 'CUSTOMER', attachments: pending.files}, true);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = input.value.trim();
            if (!body) { return; }
            var pending = {clientId: randomKey(), body: body};
            state.outbox.push(pending);
            save();
            input.value = '';
            showMessage({clientId: pending.clientId, body: body, sender: 'CUSTOMER'}, true);
            transmit(sendFrame(pending));
        });
        chat.choose = function (menu, option) {
            var pending = {clientId: randomKey(), body: option, answerTo: menu.seq};
            state.outbox.push(pending);
            save();
            showMessage({clientId: pending.clientId, body: option, sender: 'CUSTOMER', answerTo: menu.seq}, true);
            transmit(sendFrame(pending));
        };
        input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); return; }
            if (Date.now() - chat.typedAt > 3000) { chat.typedAt = Date.now(); transmit({type: 'typing'}); }
        });
        end.addEventListener('click', function () { transmit({type: 'end'}); });
        connect();
    }

    function connect() {
        if (!chat || chat.closed) { return; }
        var socket = new WebSocket(base.replace(/^http/, 'ws') + 'ws/customer?organisation=' + encodeURIComponent(organisation));
        chat.socket = socket;
        socket.onopen = function () {
            chat.retry = 500;
            chat.catchingUp = true;
            socket.send(JSON.stringify({type: 'hello', token: state.token, afterSeq: state.lastSeq}));
            state.outbox.forEach(function (pending) { socket.send(JSON.stringify(sendFrame(pending))); });
        };
        socket.onmessage = function (event) { received(JSON.parse(event.data)); };
        socket.onclose = function (event) {
            if (!chat || chat.closed) { return; }
            // "Replaced": this conversation opened too many lines (another tab with the same chat);
            // the newest keeps it, this one waits the longest pause before trying again.
            if (event.code === 1008 && event.reason === 'Replaced') { chat.retry = 10000; }
            setTimeout(connect, chat.retry);
            chat.retry = Math.min(chat.retry * 2, 10000);
        };
    }

    // The same client id and content every time a message is sent again: the server stores it once.
    function sendFrame(pending) {
        return {type: 'send', clientId: pending.clientId, body: pending.body, answerTo: pending.answerTo,
            attachments: (pending.files || []).map(function (file) { return file.id; })};
    }

    // Files go up first (each its own request, the bytes as the body); the message that carries
    // them goes into the outbox once every upload has answered with its id.
    function sendFiles(files, body) {
        if (!files.length) { return; }
        if (files.length > 5) { chat.error.textContent = t('attachment.tooMany'); return; }
        var clientId = randomKey();
        chat.error.textContent = t('attachment.uploading', files.map(function (f) { return f.name; }).join(', '));
        showMessage({clientId: clientId, body: body, sender: 'CUSTOMER',
            attachments: files.map(function (f) { return {name: f.name}; })}, true);
        Promise.all(files.map(function (file) {
            return fetch(base + 'api/public/conversation/attachments?name=' + encodeURIComponent(file.name), {
                method: 'POST', headers: {'Authorization': 'Bearer ' + state.token}, body: file
            }).then(function (response) {
                return response.json().then(function (answer) {
                    if (!response.ok) { throw new Error(answer.detail || t('attachment.failed', file.name)); }
                    return answer;
                });
            });
        })).then(function (uploaded) {
            chat.error.textContent = '';
            var pending = {clientId: clientId, body: body, files: uploaded};
            state.outbox.push(pending);
            save();
            transmit(sendFrame(pending));
        }).catch(function (failure) {
            chat.error.textContent = failure.message;
            var failed = chat.shown[clientId];
            if (failed) { failed.classList.add('tiski-failed'); }
        });
    }

    // Files are fetched with the token (never in a URL) and shown from the browser's memory.
    function fetchFile(file) {
        return fetch(base + 'api/public/conversation/attachments/' + file.id,
            {headers: {'Authorization': 'Bearer ' + state.token}}).then(function (response) {
            if (!response.ok) { throw new Error(t('failed')); }
            return response.blob();
        });
    }

    function showFiles(item, files) {
        var holder = el('div', {'class': 'tiski-files'});
        files.forEach(function (file) {
            if (!file.id) { holder.appendChild(el('span', {'class': 'tiski-file'}, [file.name])); return; }
            if (file.image) {
                var image = el('img', {'alt': file.name, 'class': 'tiski-image', 'data-testid': 'image'});
                fetchFile(file).then(function (blob) {
                    // Once decoded the picture stays; the blob's memory is given back.
                    // It has its height only now: the newest message is brought into view again.
                    image.onload = function () { URL.revokeObjectURL(image.src); scrollToNewest(item); };
                    image.src = URL.createObjectURL(blob);
                });
                holder.appendChild(image);
                return;
            }
            var link = el('a', {'href': '#', 'class': 'tiski-file', 'data-testid': 'file'}, [file.name]);
            link.addEventListener('click', function (event) {
                event.preventDefault();
                fetchFile(file).then(function (blob) {
                    var url = URL.createObjectURL(blob);
                    el('a', {'href': url, 'download': file.name}).click();
                    // The download has its copy by then.
                    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
                });
            });
            holder.appendChild(link);
        });
        var old = item.querySelector('.tiski-files');
        if (old) { item.replaceChild(holder, old); } else { item.appendChild(holder); }
    }

    function transmit(frame) {
        if (chat && chat.socket && chat.socket.readyState === WebSocket.OPEN) { chat.socket.send(JSON.stringify(frame)); }
    }

    function received(frame) {
        if (frame.type === 'message') {
            showMessage(frame, false);
            if (frame.sender !== 'CUSTOMER') {
                // The message the indicator announced is here: the indicator goes at once.
                clearTimeout(chat.typingTimer);
                chat.typing.textContent = '';
            }
            // A line such as "X joined the conversation" (a transfer): who has the chat now is
            // asked at once rather than at the next poll.
            if (frame.sender === 'SYSTEM' && !chat.catchingUp) { refresh(); }
            if (frame.seq === state.lastSeq + 1) { state.lastSeq = frame.seq; }
            else if (frame.seq > state.lastSeq + 1 && !chat.catchingUp) {
                // A gap: ask once for what is missing; the answer ends with "caughtUp".
                chat.catchingUp = true;
                transmit({type: 'resume', afterSeq: state.lastSeq});
            }
            save();
            if (frame.sender !== 'CUSTOMER' && document.visibilityState === 'visible') { reportSeen(frame.seq); }
        } else if (frame.type === 'caughtUp') {
            // Numbers taken by the agents' private notes are never sent here: skip past them.
            state.lastSeq = Math.max(state.lastSeq, frame.lastSeq);
            chat.catchingUp = false;
            save();
        } else if (frame.type === 'ack') {
            state.outbox = state.outbox.filter(function (pending) { return pending.clientId !== frame.clientId; });
            save();
            var item = chat.shown[frame.clientId];
            if (item) { item.classList.remove('tiski-pending'); }
        } else if (frame.type === 'typing') {
            chat.typing.textContent = t('typing', frame.senderName || '');
            clearTimeout(chat.typingTimer);
            chat.typingTimer = setTimeout(function () { chat.typing.textContent = ''; }, 4000);
        } else if (frame.type === 'error' && frame.code === 'chat.tooFast') {
            // Not stored: sent again with the same client id a little later.
            var again = state.outbox.filter(function (pending) { return pending.clientId === frame.clientId; })[0];
            if (again) {
                setTimeout(function () {
                    transmit(sendFrame(again));
                }, 1500);
            }
        } else if (frame.type === 'error') {
            chat.error.textContent = frame.detail || t('failed');
            if (frame.clientId) {
                state.outbox = state.outbox.filter(function (pending) { return pending.clientId !== frame.clientId; });
                save();
                var failed = chat.shown[frame.clientId];
                if (failed) { failed.classList.add('tiski-failed'); }
            }
        } else if (frame.type === 'ended') {
            finish(false);
        }
    }

    // One "seen" for a burst of messages (a catch-up brings many at once), for the newest of them.
    function reportSeen(seq) {
        chat.seenSeq = Math.max(chat.seenSeq || 0, seq);
        clearTimeout(chat.seenTimer);
        chat.seenTimer = setTimeout(function () { transmit({type: 'seen', seq: chat.seenSeq}); }, 500);
    }

    function showMessage(message, pending) {
        var item = chat.shown[message.clientId];
        if (!item) {
            item = el('li', {'class': 'tiski-from-' + message.sender.toLowerCase(), 'data-testid': 'message'});
            if (message.sender !== 'SYSTEM') {
                var who = message.sender === 'CUSTOMER' ? t('you') : message.senderName || '';
                item.appendChild(el('span', {'class': 'tiski-meta', 'data-testid': 'message-meta'}, [who]));
            }
            item.appendChild(el('span', {'data-testid': 'message-body'}, [message.body]));
            chat.shown[message.clientId] = item;
        }
        // The time once the server stored it (a message still on its way has none yet).
        var meta = item.querySelector('.tiski-meta');
        if (meta && message.at && !meta.querySelector('time')) {
            meta.appendChild(document.createTextNode(' · '));
            meta.appendChild(el('time', {'datetime': message.at, 'data-testid': 'message-time'}, [timeOf(message.at)]));
        }
        if (pending) { item.classList.add('tiski-pending'); } else { item.classList.remove('tiski-pending'); }
        var files = message.attachments || [];
        if (files.length && (!pending || !item.querySelector('.tiski-files'))) { showFiles(item, files); }
        if (message.options && message.options.length && !item.querySelector('.tiski-options')) {
            // An options menu: one button per choice; the click goes back as the customer's answer.
            item.appendChild(el('div', {'class': 'tiski-options', 'data-menu': message.seq}, message.options.map(function (option) {
                var button = el('button', {'type': 'button', 'data-testid': 'option'}, [option]);
                button.addEventListener('click', function () { chat.choose(message, option); });
                return button;
            })));
        }
        if (message.answerTo) {
            var menu = chat.list.querySelector('[data-menu="' + message.answerTo + '"]');
            if (menu) { Array.prototype.forEach.call(menu.children, function (b) { b.disabled = true; }); }
        }
        if (message.seq) { item.setAttribute('data-seq', message.seq); }
        // Keep the list in seq order; messages still on their way stay at the end.
        var after = Array.prototype.filter.call(chat.list.children, function (other) {
            return other !== item && message.seq && (!other.getAttribute('data-seq') || Number(other.getAttribute('data-seq')) > message.seq);
        })[0];
        chat.list.insertBefore(item, after || null);
        scrollToNewest(item);
    }

    // In the customer's language and the organisation's time zone (the customer's own may differ).
    function timeOf(instant) {
        var format = {hour: '2-digit', minute: '2-digit'};
        try {
            return new Date(instant).toLocaleTimeString(language(), Object.assign({timeZone: chat.timeZone}, format));
        } catch (unknownZone) {
            return new Date(instant).toLocaleTimeString(language(), format);
        }
    }

        function scrollToNewest(item) {
        var list = item.parentNode;
        if (list) { list.scrollTop = list.scrollHeight; }
    }

    function closeChat() {
        if (!chat) { return; }
        chat.closed = true;
        if (chat.socket) { chat.socket.close(); }
        chat = null;
    }

    /**
     * The end: the conversation stays on screen with a line saying it has ended (or, for a customer
     * who left the queue, that they left), the transcript form and a way to start again.
     */
    function finish(left) {
        if (view === 'ended') { return; }
        var list = chat && chat.list;
        var token = state.token;
        var email = state.email;
        closeChat();
        clearInterval(poller);
        state = {};
        save();
        var ending = el('p', {'class': 'tiski-ending', 'tabindex': '-1', 'data-testid': 'ended'}, [t(left ? 'left' : 'ended')]);
        var again = el('button', {'type': 'button', 'data-testid': 'new-chat'}, [t('newChat')]);
        again.addEventListener('click', function () { view = null; boot(); });
        var nodes = list ? [list, ending] : [ending];
        if (list && token) { nodes.push(transcriptForm(token, email)); }
        nodes.push(again);
        show(nodes, 'ended', ending);
        if (list) {
            // An options menu of the past is no longer answered.
            Array.prototype.forEach.call(list.querySelectorAll('button'), function (button) { button.disabled = true; });
            list.scrollTop = list.scrollHeight;
        }
    }

    // After a chat: the transcript by e-mail (the token is kept only in this form, not stored),
    // to the address the customer gave at the start unless they change it.
    function transcriptForm(token, given) {
        var email = el('input', {'type': 'email', 'maxlength': '254', 'required': 'required', 'autocomplete': 'email',
            'data-testid': 'transcript-email'});
        email.value = given || '';
        var send = el('button', {'type': 'submit', 'data-testid': 'transcript-send'}, [t('transcript.send')]);
        var note = el('p', {'data-testid': 'transcript-note'});
        var form = el('form', {}, [el('label', {}, [t('transcript.label'), email]), send, note]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send.disabled = true;
            fetch(base + 'api/public/conversation/transcript', {
                method: 'POST', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token},
                body: JSON.stringify({email: email.value})
            }).then(function (response) {
                if (response.ok) { note.textContent = t('transcript.sent'); return; }
                send.disabled = false;
                return response.json().then(function (problem) { note.textContent = problem.detail || t('failed'); });
            }).catch(function () { send.disabled = false; note.textContent = t('failed'); });
        });
        return form;
    }

    function follow() {
        clearInterval(poller);
        poller = setInterval(refresh, pollMillis);
    }

    // An answer about a conversation that is over on this side by now (ended, or left) is dropped.
    function refresh() {
        var asked = state.token;
        api('GET', 'conversation').then(function (response) {
            if (state.token !== asked) { return null; }
            if (response.status === 404) { finish(false); return null; }
            return response.ok ? response.json() : null;
        }).then(function (conversation) { if (conversation && state.token === asked) { render(conversation); } });
    }

    // Closing the window is not told to the server on purpose: the browser fires the same event
    // for a reload or a click to another page of the shop, where the customer must keep their
    // place. A widget that stops asking is taken out of the queue after the server's grace period.

    // :host resets what the page's styles could pass in (inherited fonts and colours, or rules on
    // the element itself); inside, the page's selectors do not apply at all. Below 30em wide the open
    // widget takes the whole screen, and nothing in it is wider than the screen.
    var style = el('style', {}, [':host{all:initial!important}*{box-sizing:border-box}[hidden]{display:none!important}' +
        '.tiski-widget,.tiski-launcher{font:14px/1.4 system-ui,sans-serif;color:#1f2933}' +
        '.tiski-widget{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;display:flex;flex-direction:column;' +
        'width:22rem;max-width:calc(100vw - 2rem);max-height:min(40rem,calc(100vh - 2rem));background:#fff;' +
        'border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.18);overflow:hidden}' +
        '.tiski-widget header{display:flex;align-items:center;justify-content:space-between;gap:.5rem;' +
        'padding:.6rem .6rem .6rem 1rem;background:#123c52;color:#fff}' +
        '.tiski-widget h2{margin:0;font-size:1.05rem;font-weight:600;color:#fff}' +
        '.tiski-widget header button{background:transparent;color:#fff;border:1px solid transparent;padding:.35rem;line-height:0;' +
        'min-width:2.25rem;min-height:2.25rem;display:flex;align-items:center;justify-content:center}' +
        '.tiski-body{display:flex;flex-direction:column;min-height:0;overflow-y:auto;padding:.75rem 1rem 1rem}' +
        '.tiski-body>p{margin:0 0 .5rem}.tiski-widget label{display:block;margin-bottom:.5rem}' +
        '.tiski-widget select,.tiski-widget input,.tiski-widget textarea{display:block;width:100%;margin-top:.25rem;padding:.35rem;' +
        'font:inherit;color:#1f2933;background:#fff;border:1px solid #7b8794;border-radius:4px}' +
        '.tiski-widget button{font:inherit}.tiski-widget button,.tiski-launcher{background:#2c7da0;color:#fff;border:0;border-radius:4px;padding:.5rem .9rem;cursor:pointer}' +
        '.tiski-widget button:disabled{opacity:.6;cursor:default}' +
        '.tiski-launcher{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;display:flex;align-items:center;gap:.5rem;' +
        'padding:.75rem 1.1rem;border-radius:2rem;box-shadow:0 4px 18px rgba(0,0,0,.25);font-weight:600}' +
        '.tiski-launcher svg path{fill:currentColor}' +
        ':focus{outline:none}:focus-visible{outline:3px solid #b35c00;outline-offset:2px}' +
        '.tiski-widget .tiski-error{color:#b42318;margin:.25rem 0}.tiski-widget label .tiski-error{display:block;font-size:.85rem}' +
        '.tiski-messages{flex:1 1 auto;list-style:none;margin:0 0 .5rem;padding:0 .1rem;min-height:5rem;max-height:18rem;overflow-y:auto}' +
        '.tiski-messages li{margin:.25rem 0;padding:.35rem .5rem;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}' +
        '.tiski-files{display:flex;flex-wrap:wrap;gap:.25rem;margin-top:.25rem}.tiski-image{max-width:100%;max-height:8rem;border-radius:4px}' +
        '.tiski-file{display:inline-block;padding:.15rem .4rem;border:1px solid #9cc3d5;border-radius:4px;color:#123c52}' +
        '.tiski-from-customer{background:#e0f0f7;margin-left:2rem!important}.tiski-from-agent{background:#f1f3f5;margin-right:2rem!important}' +
        '.tiski-meta{display:block;font-size:.75rem;color:#52606d}' +
        '.tiski-from-system{color:#52606d;font-size:.85rem;text-align:center}.tiski-pending{opacity:.6}.tiski-failed{outline:1px solid #b42318}' +
        '.tiski-typing{min-height:1.1rem;margin:0;color:#52606d;font-size:.85rem}.tiski-compose{display:flex;gap:.4rem;margin-bottom:.5rem}' +
        '.tiski-options{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.35rem}.tiski-widget .tiski-options button{padding:.25rem .6rem}' +
        '.tiski-compose textarea{flex:1;min-width:0;margin:0}.tiski-widget input[type=file]{display:none}' +
        '.tiski-widget .tiski-attach{padding:.4rem .5rem;line-height:0}.tiski-widget .tiski-secondary{background:#fff;color:#2c7da0;border:1px solid #2c7da0}' +
        '.tiski-status{font-weight:600;color:#123c52}' +
        '.tiski-ending{display:flex;align-items:center;gap:.5rem;color:#123c52;font-weight:600;margin:.25rem 0 .75rem!important}' +
        '.tiski-ending::before,.tiski-ending::after{content:"";flex:1;border-top:1px solid #9aa5b1}' +
        '.tiski-body form{margin-bottom:.5rem}.tiski-body>button{align-self:flex-start}' +
        '@media (max-width:30em){.tiski-widget{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}' +
        '.tiski-body{flex:1}.tiski-messages{max-height:none}.tiski-launcher{right:.75rem;bottom:.75rem}}']);

    loadTexts(state.language || navigator.language || 'en')
        .then(function () {
            mount();
            if (state.token) {
                api('GET', 'conversation').then(function (response) {
                    if (!response.ok) { state = {}; save(); return boot(); }
                    return response.json().then(function (conversation) { render(conversation); follow(); });
                });
            } else {
                boot();
            }
        });

    function boot() {
        return fetch(base + 'api/public/organisations/' + encodeURIComponent(organisation) + '/queues')
            .then(function (response) {
                return response.json().then(function (body) { if (!response.ok) { throw body; } return body; });
            })
            .then(startForm)
            .catch(function (problem) {
                // A refusal (a deactivated organisation) is said in the server's words.
                showError((problem && problem.detail) || t('failed'));
            });
    }
}());
