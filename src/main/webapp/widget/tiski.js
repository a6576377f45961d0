/*
 * Tiski chat widget. Add to any page with one tag:
 *   <script src="https://YOUR-TISKI/widget/tiski.js" data-organisation="ORGANISATION-ID" async></script>
 * It lets a customer pick a queue and join it, shows their place in line and the expected wait,
 * and keeps the customer's place across pages of the site. Plain JavaScript, no dependencies, no cookies:
 * the conversation token lives in sessionStorage and travels in the Authorization header.
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
    var poller = null;

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

    function api(method, path, body) {
        var headers = {'Content-Type': 'application/json'};
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

    var panel = el('section', {'class': 'tiski-widget', 'aria-live': 'polite', 'data-testid': 'tiski-widget'});

    function show(nodes) {
        panel.replaceChildren.apply(panel, [el('h2', {}, [t('title')])].concat(nodes));
    }

    function startForm(queues) {
        if (!queues.length) { show([el('p', {'data-testid': 'no-queues'}, [t('noQueues')])]); return; }
        var select = el('select', {'name': 'queue', 'data-testid': 'queue'}, queues.map(function (queue) {
            var option = el('option', {'value': queue.id}, [queue.name + (queue.open ? '' : ' (' + t('closedShort') + ')')]);
            if (!queue.open) { option.setAttribute('data-closed', 'true'); }
            return option;
        }));
        var name = el('input', {'name': 'name', 'maxlength': '120', 'data-testid': 'name', 'autocomplete': 'name'});
        var start = el('button', {'type': 'submit', 'data-testid': 'start'}, [t('start')]);
        var form = el('form', {}, [el('label', {}, [t('queue'), select]), el('label', {}, [t('name'), name]), start]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var queue = queues.filter(function (q) { return String(q.id) === select.value; })[0];
            if (!queue.open) { offlineForm(queue); return; }
            state.startKey = state.startKey || randomKey();
            save();
            start.disabled = true;
            api('POST', 'conversations', {
                queueId: queue.id, startKey: state.startKey, name: name.value,
                language: navigator.language, page: location.href
            }).then(function (response) {
                return response.json().then(function (body) { return {ok: response.ok, body: body}; });
            }).then(function (answer) {
                if (!answer.ok) { show([el('p', {'data-testid': 'error'}, [answer.body.detail || t('failed')])]); return; }
                state.token = answer.body.token;
                save();
                render(answer.body);
                follow();
            }).catch(function () { start.disabled = false; show([el('p', {}, [t('failed')])]); });
        });
        show([form]);
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
                if (response.ok) { show([el('p', {'data-testid': 'offline-sent'}, [t('offline.sent')])]); return; }
                return response.json().then(function (problem) {
                    send.disabled = false;
                    error.textContent = problem.detail || t('failed');
                });
            }).catch(function () { send.disabled = false; error.textContent = t('failed'); });
        });
        show([form]);
    }

    function render(conversation) {
        if (conversation.status === 'WAITING') {
            var estimate = conversation.estimatedWaitSeconds == null ? t('estimateUnknown')
                : t('estimate', Math.max(1, Math.round(conversation.estimatedWaitSeconds / 60)));
            var leave = el('button', {'type': 'button', 'data-testid': 'leave'}, [t('leave')]);
            leave.addEventListener('click', function () { api('DELETE', 'conversation').then(finish); });
            show([el('p', {}, [t('waiting')]),
                el('p', {'data-testid': 'position'}, [t('position', conversation.position)]),
                el('p', {'data-testid': 'estimate'}, [estimate]), leave]);
        } else if (conversation.status === 'ACTIVE') {
            show([el('p', {'data-testid': 'connected'}, [t('connected', conversation.agentName)])]);
        } else {
            finish();
        }
    }

    function finish() {
        clearInterval(poller);
        state = {};
        save();
        show([el('p', {'data-testid': 'ended'}, [t('ended')])]);
    }

    function follow() {
        clearInterval(poller);
        poller = setInterval(function () {
            api('GET', 'conversation').then(function (response) {
                if (response.status === 404) { finish(); return null; }
                return response.ok ? response.json() : null;
            }).then(function (conversation) { if (conversation) { render(conversation); } });
        }, pollMillis);
    }

    // Closing the window is not told to the server on purpose: the browser fires the same event
    // for a reload or a click to another page of the shop, where the customer must keep their
    // place. A widget that stops asking is taken out of the queue after the server's grace period.

    var style = el('style', {}, ['.tiski-widget{position:fixed;right:1rem;bottom:1rem;width:18rem;padding:1rem;' +
        'background:#fff;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.18);font:14px system-ui,sans-serif;color:#1f2933}' +
        '.tiski-widget h2{margin:0 0 .75rem;font-size:1.1rem;color:#123c52}.tiski-widget label{display:block;margin-bottom:.5rem}' +
        '.tiski-widget select,.tiski-widget input,.tiski-widget textarea{display:block;width:100%;box-sizing:border-box;margin-top:.25rem;padding:.35rem}' +
        '.tiski-widget button{background:#2c7da0;color:#fff;border:0;border-radius:4px;padding:.5rem .9rem;cursor:pointer}' +
        '.tiski-widget .tiski-error{color:#b42318;margin:.25rem 0}']);

    fetch(base + 'api/public/widget-text?lang=' + encodeURIComponent(navigator.language))
        .then(function (response) { return response.json(); })
        .then(function (texts) {
            text = texts;
            document.head.appendChild(style);
            document.body.appendChild(panel);
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
            .then(function (response) { return response.json(); })
            .then(startForm)
            .catch(function () { show([el('p', {}, [t('failed')])]); });
    }
}());
