import {el} from '../resources/tiski/shared/dom.js';
import {STYLE} from './style.js';
import {icon} from './icon.js';
import {solvedChallenge} from './challenge.js';
import {openChat, sendFrame} from './chat.js';
import {conversationOf, waitMinutes} from './status.js';
import {ChatLine} from '../resources/tiski/shared/chat-line.js';
import {Outbox} from '../resources/tiski/shared/outbox.js';

/*
 * The Tiski chat widget (loaded by tiski.js, the one tag on the enterprise's page). It lets a
 * customer pick a queue and join it, shows their place in line and the expected wait, and keeps
 * the customer's place across pages of the site. No dependencies, no cookies: the conversation
 * token lives in sessionStorage and travels in the Authorization header. From the moment the
 * customer joins, the widget holds one line to /ws/customer (the shared chat line) for the whole
 * wait and chat: it brings every change of place, wait, agent or end as a status frame (no
 * polling), and while it is open the server counts the customer as present. Everything is drawn inside
 * one element's Shadow DOM (<tiski-chat>): the page's styles do not reach the widget, and the
 * widget's styles do not leave it. A launcher opens it; it minimises again (its button or Escape)
 * and the tab remembers which, across the pages of the site. The chat itself is chat.js.
 */
export function start(base, organisation) {
    const storageKey = 'tiski.' + organisation;
    const openKey = storageKey + '.open';
    let text = {};
    let line = null;
    let chat = null;
    // Built once, then only its figures change: a new place in line must not take the customer's
    // focus or make a screen reader read the whole view again.
    let waiting = null;
    // What the chat view (chat.js) uses of the shell.
    const widget = {
        base, organisation, state: JSON.parse(sessionStorage.getItem(storageKey) || '{}'), view: null,
        save, t, show, finish, language
    };

    function save() { sessionStorage.setItem(storageKey, JSON.stringify(widget.state)); }

    function randomKey() {
        const bytes = new Uint8Array(24);
        crypto.getRandomValues(bytes);
        return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function t(key, arg) {
        const value = text[key] || key;
        return arg === undefined ? value : value.replace('{0}', arg);
    }

    function spokenLanguages() {
        return Object.keys(text).filter(key => key.indexOf('language.') === 0).map(key => key.substring('language.'.length));
    }

    // The customer's language: chosen in the start form, else the browser's if Tiski speaks it.
    function language() {
        const wanted = widget.state.language || (navigator.language || 'en').split('-')[0];
        return spokenLanguages().indexOf(wanted) >= 0 ? wanted : 'en';
    }

    function loadTexts(tag) {
        return fetch(base + 'api/public/widget-text?lang=' + encodeURIComponent(tag))
            .then(response => response.json())
            .then(texts => { text = texts; });
    }

    function api(method, path, body) {
        const headers = {'Content-Type': 'application/json', 'Accept-Language': language()};
        if (widget.state.token) { headers.Authorization = 'Bearer ' + widget.state.token; }
        return fetch(base + 'api/public/' + path, {
            method, headers, body: body ? JSON.stringify(body) : undefined, keepalive: method === 'DELETE'
        });
    }

    const host = document.createElement('tiski-chat');
    const shadow = host.attachShadow({mode: 'open'});
    const content = el('div', {'class': 'tiski-body', 'aria-live': 'polite'});
    const panel = el('section', {'class': 'tiski-widget', 'id': 'tiski-panel', 'aria-labelledby': 'tiski-title',
        'data-testid': 'tiski-widget', 'hidden': 'hidden'});
    const launcher = el('button', {'type': 'button', 'class': 'tiski-launcher', 'aria-controls': 'tiski-panel',
        'aria-expanded': 'false', 'data-testid': 'launcher'});
    // What a view wants focused when the customer comes to it (the message box, the first field).
    let viewFocus = null;
    // Whether the customer's focus was last in the widget: only then does a new view take it (a
    // chat that opens while the customer reads the shop's page leaves their focus where it is).
    let focusInside = false;
    document.addEventListener('focusin', event => { focusInside = event.target === host; });
    document.addEventListener('mousedown', event => { focusInside = event.target === host; }, true);

    function show(nodes, name, focus) {
        widget.view = name;
        viewFocus = focus || null;
        content.replaceChildren(...nodes);
        if (focus && !panel.hidden && (focusInside || document.activeElement === host)) { focus.focus(); }
    }

    function setOpen(open, moveFocus) {
        panel.hidden = !open;
        launcher.hidden = open;
        launcher.setAttribute('aria-expanded', String(open));
        sessionStorage.setItem(openKey, open ? 'open' : 'minimised');
        if (!moveFocus) { return; }
        const target = open ? viewFocus || content.querySelector('button, select, input, textarea') : launcher;
        if (target) { target.focus(); }
    }

    const minimise = el('button', {'type': 'button', 'class': 'tiski-minimise', 'data-testid': 'minimise'});
    const title = el('h2', {'id': 'tiski-title'});

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
        minimise.addEventListener('click', () => setOpen(false, true));
        label();
        launcher.addEventListener('click', () => setOpen(true, true));
        panel.replaceChildren(el('header', {}, [title, minimise]), content);
        panel.addEventListener('keydown', event => {
            if (event.key === 'Escape') { event.preventDefault(); setOpen(false, true); }
        });
        shadow.replaceChildren(el('style', {}, [STYLE]), launcher, panel);
        document.body.appendChild(host);
        // A customer in a conversation sees it open on the next page unless they minimised it.
        const remembered = sessionStorage.getItem(openKey);
        setOpen(remembered ? remembered === 'open' : Boolean(widget.state.token), false);
    }

    function startForm(queues) {
        if (!queues.length) { show([el('p', {'data-testid': 'no-queues'}, [t('noQueues')])], 'none'); return; }
        const select = el('select', {'name': 'queue', 'data-testid': 'queue'}, queues.map(queue => {
            const option = el('option', {'value': queue.id}, [queue.name + (queue.open ? '' : ' (' + t('closedShort') + ')')]);
            if (!queue.open) { option.setAttribute('data-closed', 'true'); }
            return option;
        }));
        const name = el('input', {'name': 'name', 'maxlength': '120', 'data-testid': 'name', 'autocomplete': 'name'});
        // Optional; given, they let the agent find the customer's contact card.
        const phone = el('input', {'name': 'phone', 'type': 'tel', 'maxlength': '40', 'data-testid': 'phone',
            'autocomplete': 'tel'});
        const email = el('input', {'name': 'email', 'type': 'email', 'maxlength': '254', 'data-testid': 'email',
            'autocomplete': 'email'});
        const errors = {
            phone: el('span', {'class': 'tiski-error', 'data-testid': 'phone-error', 'role': 'alert'}),
            email: el('span', {'class': 'tiski-error', 'data-testid': 'email-error', 'role': 'alert'})
        };
        const start = el('button', {'type': 'submit', 'data-testid': 'start'}, [t('start')]);
        const languages = el('select', {'name': 'language', 'data-testid': 'language'}, spokenLanguages().map(tag => {
            const option = el('option', {'value': tag, 'lang': tag}, [text['language.' + tag]]);
            if (tag === language()) { option.setAttribute('selected', 'selected'); }
            return option;
        }));
        languages.addEventListener('change', () => {
            widget.state.language = languages.value;
            save();
            loadTexts(widget.state.language).then(() => { label(); startForm(queues); })
                .then(() => content.querySelector('[data-testid=language]').focus());
        });
        const form = el('form', {'novalidate': 'novalidate'}, [el('label', {}, [t('language'), languages]),
            el('label', {}, [t('queue'), select]),
            el('label', {}, [t('name'), name]), el('label', {}, [t('phone'), phone, errors.phone]),
            el('label', {}, [t('email'), email, errors.email]), start]);
        form.addEventListener('submit', event => {
            event.preventDefault();
            const queue = queues.filter(q => String(q.id) === select.value)[0];
            if (!queue.open) { offlineForm(queue); return; }
            const state = widget.state;
            state.startKey = state.startKey || randomKey();
            // Kept for the transcript form at the end, in this tab only.
            state.email = email.value.trim();
            save();
            start.disabled = true;
            solvedChallenge(base, organisation, busy => { start.textContent = busy ? t('checking') : t('start'); })
                .then(solved => api('POST', 'conversations', {
                    queueId: queue.id, startKey: state.startKey, name: name.value,
                    language: language(), page: location.href,
                    referrer: document.referrer, phone: phone.value, email: email.value,
                    challenge: solved.challenge, proof: solved.proof
                }))
                .then(response => response.json().then(body => ({ok: response.ok, body})))
                .then(answer => {
                    const fields = (!answer.ok && answer.body.fields) || {};
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
                    openLine();
                    render(answer.body);
                }).catch(() => { start.disabled = false; showError(t('failed')); });
        });
        show([form], 'start', select);
    }

    function showError(detail) {
        const error = el('p', {'data-testid': 'error', 'tabindex': '-1'}, [detail]);
        show([error], 'error', error);
    }

    function offlineForm(queue) {
        const name = el('input', {'maxlength': '120', 'data-testid': 'offline-name', 'autocomplete': 'name'});
        const contact = el('input', {'maxlength': '254', 'required': 'required', 'data-testid': 'offline-contact',
            'autocomplete': 'email'});
        const message = el('textarea', {'maxlength': '4000', 'required': 'required', 'rows': '4', 'data-testid': 'offline-message'});
        const error = el('p', {'class': 'tiski-error', 'data-testid': 'offline-error'});
        const send = el('button', {'type': 'submit', 'data-testid': 'offline-send'}, [t('offline.send')]);
        const form = el('form', {}, [el('p', {}, [t('offline.intro')]), el('label', {}, [t('name'), name]),
            el('label', {}, [t('offline.contact'), contact]), el('label', {}, [t('offline.message'), message]), error, send]);
        form.addEventListener('submit', event => {
            event.preventDefault();
            send.disabled = true;
            fetch(base + 'api/public/queues/' + encodeURIComponent(queue.id) + '/offline-messages', {
                method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({name: name.value, contact: contact.value, message: message.value})
            }).then(response => {
                if (response.ok) {
                    const sent = el('p', {'data-testid': 'offline-sent', 'tabindex': '-1'}, [t('offline.sent')]);
                    show([sent, newChatButton()], 'offline-sent', sent);
                    return undefined;
                }
                return response.json().then(problem => {
                    send.disabled = false;
                    error.textContent = problem.detail || t('failed');
                });
            }).catch(() => { send.disabled = false; error.textContent = t('failed'); });
        });
        show([form], 'offline', name);
    }

    function render(conversation) {
        if (conversation.status === 'WAITING') {
            showWaiting(conversation);
        } else if (conversation.status === 'ACTIVE') {
            if (!chat) { chat = openChat(widget, conversation, line); }
            // After a transfer the same chat goes on with another agent: say who it is now.
            chat.connected.textContent = t('connected', conversation.agentName);
        } else {
            finish(false);
        }
    }

    function showWaiting(conversation) {
        if (widget.view !== 'waiting') {
            closeChat();
            const status = el('p', {'class': 'tiski-status', 'tabindex': '-1', 'data-testid': 'waiting'}, [t('waiting')]);
            const leave = el('button', {'type': 'button', 'class': 'tiski-secondary', 'data-testid': 'leave'}, [t('leave')]);
            leave.addEventListener('click', () => {
                leave.disabled = true;
                api('DELETE', 'conversation').then(() => finish(true));
            });
            waiting = {position: el('p', {'data-testid': 'position'}), estimate: el('p', {'data-testid': 'estimate'})};
            show([status, waiting.position, waiting.estimate, leave], 'waiting', status);
        }
        waiting.position.textContent = t('position', conversation.position);
        waiting.estimate.textContent = conversation.estimatedWaitSeconds == null ? t('estimateUnknown')
            : t('estimate', waitMinutes(conversation.estimatedWaitSeconds));
    }

    function closeChat() {
        if (!chat) { return; }
        chat.close();
        chat = null;
    }

    /**
     * The end: the conversation stays on screen with a line saying it has ended (or, for a customer
     * who left the queue, that they left), the transcript form and a way to start again.
     */
    function finish(left) {
        if (widget.view === 'ended') { return; }
        const list = chat && chat.list;
        const token = widget.state.token;
        const email = widget.state.email;
        closeChat();
        closeLine();
        widget.state = {};
        save();
        const ending = el('p', {'class': 'tiski-ending', 'tabindex': '-1', 'data-testid': 'ended'}, [t(left ? 'left' : 'ended')]);
        const nodes = list ? [list, ending] : [ending];
        if (list && token) { nodes.push(transcriptForm(token, email)); }
        nodes.push(newChatButton());
        show(nodes, 'ended', ending);
        if (list) {
            // An options menu of the past is no longer answered.
            list.querySelectorAll('button').forEach(button => { button.disabled = true; });
            list.scrollTop = list.scrollHeight;
        }
    }

    /** "Start a new chat", the last thing on the screen after a chat ended or an offline message went. */
    function newChatButton() {
        const again = el('button', {'type': 'button', 'data-testid': 'new-chat'}, [t('newChat')]);
        again.addEventListener('click', () => { widget.view = null; boot(); });
        return again;
    }

    // After a chat: the transcript by e-mail (the token is kept only in this form, not stored),
    // to the address the customer gave at the start unless they change it.
    function transcriptForm(token, given) {
        const email = el('input', {'type': 'email', 'maxlength': '254', 'required': 'required', 'autocomplete': 'email',
            'data-testid': 'transcript-email'});
        email.value = given || '';
        const send = el('button', {'type': 'submit', 'data-testid': 'transcript-send'}, [t('transcript.send')]);
        const note = el('p', {'data-testid': 'transcript-note'});
        const form = el('form', {}, [el('label', {}, [t('transcript.label'), email]), send, note]);
        form.addEventListener('submit', event => {
            event.preventDefault();
            send.disabled = true;
            fetch(base + 'api/public/conversation/transcript', {
                method: 'POST', headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token},
                body: JSON.stringify({email: email.value})
            }).then(response => {
                if (response.ok) { note.textContent = t('transcript.sent'); return undefined; }
                send.disabled = false;
                return response.json().then(problem => { note.textContent = problem.detail || t('failed'); });
            }).catch(() => { send.disabled = false; note.textContent = t('failed'); });
        });
        return form;
    }

    /**
     * The customer's line, from joining to the end: the wait's status frames, then the chat (whose
     * view, while open, gets the messages, signals and send statuses). A conversation that is gone
     * (the hello answers "not found") has ended.
     */
    function openLine() {
        if (line) { return; }
        const outbox = new Outbox(widget.state.outbox || [], entries => {
            widget.state.outbox = entries;
            save();
        });
        const own = new ChatLine({
            url: base.replace(/^http/, 'ws') + 'ws/customer?organisation=' + encodeURIComponent(organisation),
            outbox,
            keyOf: () => 'chat',
            greeting: () => ({type: 'hello', token: widget.state.token, afterSeq: own.lastSeq('chat')}),
            resumeFrame: (key, afterSeq) => ({type: 'resume', afterSeq}),
            sendFrame,
            // "Replaced": this conversation opened too many lines (another tab with the same chat);
            // the newest keeps it, this one waits the longest pause before trying again.
            closeDelay: event => (event.code === 1008 && event.reason === 'Replaced' ? 10000 : null),
            onMessage: (frame, fresh, followed) => { if (chat && followed) { chat.message(frame, fresh); } },
            onStatus: (entry, status, frame) => { if (chat) { chat.status(entry, status, frame); } },
            onFrame: frame => {
                if (line !== own) { return; }
                if (frame.type === 'status') {
                    render(conversationOf(frame));
                } else if (frame.type === 'error' && frame.code === 'routing.conversation.notFound') {
                    finish(false);
                } else if (chat) {
                    chat.signal(frame);
                }
            }
        });
        line = own;
        own.start();
    }

    function closeLine() {
        if (!line) { return; }
        line.close();
        line = null;
    }

    // Closing the window is not told to the server on purpose: the browser fires the same event
    // for a reload or a click to another page of the shop, where the customer must keep their
    // place. The line closes with the page; a widget whose line does not come back is taken out of
    // the queue after the server's grace period.

    function boot() {
        return fetch(base + 'api/public/organisations/' + encodeURIComponent(organisation) + '/queues')
            .then(response => response.json().then(body => { if (!response.ok) { throw body; } return body; }))
            .then(startForm)
            .catch(problem => {
                // A refusal (a deactivated organisation) is said in the server's words.
                showError((problem && problem.detail) || t('failed'));
            });
    }

    loadTexts(widget.state.language || navigator.language || 'en').then(() => {
        mount();
        if (widget.state.token) {
            api('GET', 'conversation').then(response => {
                if (!response.ok) { widget.state = {}; save(); return boot(); }
                // Asked once on a new page, before the line is up: the chat view, if any, opens
                // before the line's hello, which then brings the whole chat.
                return response.json().then(conversation => { openLine(); render(conversation); });
            });
        } else {
            boot();
        }
    });
}
