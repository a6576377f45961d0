import {el} from '../resources/tiski/shared/dom.js';
import {MessageList} from '../resources/tiski/shared/message-list.js';
import {newClientId} from '../resources/tiski/shared/outbox.js';
import {icon} from './icon.js';

/** The frame of an outbox entry: the same client id and content every time, so the server stores it once. */
export function sendFrame(pending) {
    return {type: 'send', clientId: pending.clientId, body: pending.body, answerTo: pending.answerTo,
        attachments: (pending.files || []).map(file => file.id)};
}

/**
 * The chat view on the widget's line to /ws/customer (the shared chat line, which app.js opens when
 * the customer joins and keeps for the whole wait and chat). What the customer writes keeps its
 * client id in the tab's session storage (the line's outbox) until acknowledged and is sent again
 * after a reconnect or a "try again", so a dropped connection neither loses nor doubles it.
 * Messages are shown in seq order; a gap is caught up by number. `widget` is the shell (app.js):
 * its state, texts and views; the line hands this view its messages, signals and send statuses.
 */
export function openChat(widget, conversation, line) {
    const {state, t} = widget;
    const list = el('ol', {'class': 'tiski-messages', 'data-testid': 'messages'});
    const messages = new MessageList(list);
    const typing = el('p', {'class': 'tiski-typing', 'data-testid': 'typing'});
    const input = el('textarea', {'rows': '2', 'maxlength': '4000', 'data-testid': 'message-input',
        'placeholder': t('messagePlaceholder'), 'aria-label': t('messagePlaceholder')});
    const sendButton = el('button', {'type': 'submit', 'data-testid': 'send'}, [t('send')]);
    const end = el('button', {'type': 'button', 'class': 'tiski-secondary', 'data-testid': 'end'}, [t('end')]);
    const error = el('p', {'class': 'tiski-error', 'data-testid': 'chat-error'});
    let compose = [input, sendButton];
    if (conversation.attachmentsAllowed) {
        const files = el('input', {'type': 'file', 'multiple': 'multiple', 'hidden': 'hidden', 'data-testid': 'files'});
        // Drawn, not an emoji: not every system has a font with one.
        const attach = el('button', {'type': 'button', 'class': 'tiski-secondary tiski-attach', 'title': t('attach'),
            'aria-label': t('attach'), 'data-testid': 'attach'},
        [icon('M16.5 6.5l-8 8a2 2 0 0 0 2.8 2.8l8.5-8.5a4 4 0 0 0-5.6-5.6L5.6 11.8a6 6 0 0 0 8.5 8.5l7-7')]);
        attach.addEventListener('click', () => files.click());
        files.addEventListener('change', () => {
            sendFiles(Array.from(files.files), input.value.trim());
            input.value = '';
            files.value = '';
        });
        compose = [input, attach, files, sendButton];
    }
    const form = el('form', {'class': 'tiski-compose'}, compose);
    const connected = el('p', {'class': 'tiski-status', 'data-testid': 'connected'}, [t('connected', conversation.agentName)]);
    const chat = {list, connected, typedAt: 0, typingTimer: null, seenTimer: null, seenSeq: 0};

    const outbox = line.outbox;
    // A fresh list (a new page of the site, or back from a transfer) shows the whole chat again:
    // read from the start now if the line is up, else by the hello of its next connect.
    line.follow('chat', 0);
    if (line.isOpen()) { line.transmit({type: 'resume', afterSeq: 0}); }
    chat.close = () => line.unfollow('chat');
    chat.message = (frame, fresh) => { if (fresh || !messages.has(frame.seq)) { received(frame); } };
    chat.status = (entry, status, frame) => {
        messages.status(entry.clientId, status);
        if (status === 'failed') { error.textContent = (frame && frame.detail) || t('failed'); }
    };
    chat.signal = signal;

    widget.show([connected, list, typing, error, form, end], 'chat', input);
    outbox.pending().forEach(pending => {
        showMessage({clientId: pending.clientId, body: pending.body, sender: 'CUSTOMER', attachments: pending.files,
            answerTo: pending.answerTo});
        messages.status(pending.clientId, 'sending');
    });
    form.addEventListener('submit', event => {
        event.preventDefault();
        const body = input.value.trim();
        if (!body) { return; }
        input.value = '';
        write({clientId: newClientId(), body});
    });
    input.addEventListener('keydown', event => {
        if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); return; }
        if (Date.now() - chat.typedAt > 3000) { chat.typedAt = Date.now(); line.transmit({type: 'typing'}); }
    });
    end.addEventListener('click', () => line.transmit({type: 'end'}));
    return chat;

    function write(pending) {
        showMessage({clientId: pending.clientId, body: pending.body, sender: 'CUSTOMER', attachments: pending.files,
            answerTo: pending.answerTo});
        line.send(pending);
    }

    function received(frame) {
        showMessage(frame);
        if (frame.sender !== 'CUSTOMER') {
            // The message the indicator announced is here: the indicator goes at once.
            clearTimeout(chat.typingTimer);
            typing.textContent = '';
        }
        if (frame.sender !== 'CUSTOMER' && document.visibilityState === 'visible') { reportSeen(frame.seq); }
    }

    function signal(frame) {
        if (frame.type === 'typing') {
            typing.textContent = t('typing', frame.senderName || '');
            clearTimeout(chat.typingTimer);
            chat.typingTimer = setTimeout(() => { typing.textContent = ''; }, 4000);
        } else if (frame.type === 'error' && !outbox.get(frame.clientId) && !messages.find(frame.clientId)) {
            error.textContent = frame.detail || t('failed');
        } else if (frame.type === 'ended') {
            widget.finish(false);
        }
    }

    // One "seen" for a burst of messages (a catch-up brings many at once), for the newest of them.
    function reportSeen(seq) {
        chat.seenSeq = Math.max(chat.seenSeq, seq);
        clearTimeout(chat.seenTimer);
        chat.seenTimer = setTimeout(() => line.transmit({type: 'seen', seq: chat.seenSeq}), 500);
    }

    function showMessage(message) {
        let item = messages.find(message.clientId) || (message.seq && list.querySelector('[data-seq="' + message.seq + '"]'));
        if (!item) {
            item = el('li', {'class': 'tiski-from-' + message.sender.toLowerCase(), 'data-testid': 'message'});
            if (message.sender !== 'SYSTEM') {
                const who = message.sender === 'CUSTOMER' ? t('you') : message.senderName || '';
                item.appendChild(el('span', {'class': 'tiski-meta', 'data-testid': 'message-meta'}, [who]));
            }
            item.appendChild(el('span', {'data-testid': 'message-body'}, [message.body]));
        }
        // The time once the server stored it (a message still on its way has none yet).
        const meta = item.querySelector('.tiski-meta');
        if (meta && message.at && !meta.querySelector('time')) {
            meta.appendChild(document.createTextNode(' · '));
            meta.appendChild(el('time', {'datetime': message.at, 'data-testid': 'message-time'}, [timeOf(message.at)]));
        }
        const files = message.attachments || [];
        if (files.length && (message.seq || !item.querySelector('.tiski-files'))) { showFiles(item, files); }
        if (message.options && message.options.length && !item.querySelector('.tiski-options')) {
            // An options menu: one button per choice; the click goes back as the customer's answer.
            item.appendChild(el('div', {'class': 'tiski-options', 'data-menu': message.seq}, message.options.map(option => {
                const button = el('button', {'type': 'button', 'data-testid': 'option'}, [option]);
                button.addEventListener('click', () => write({clientId: newClientId(), body: option, answerTo: message.seq}));
                return button;
            })));
        }
        if (message.answerTo) {
            const menu = list.querySelector('[data-menu="' + message.answerTo + '"]');
            if (menu) { Array.from(menu.children).forEach(b => { b.disabled = true; }); }
        }
        messages.place(item, message.seq || null, message.clientId || null);
    }

    // In the customer's language and the organisation's time zone (the customer's own may differ).
    function timeOf(instant) {
        const format = {hour: '2-digit', minute: '2-digit'};
        try {
            return new Date(instant).toLocaleTimeString(widget.language(), {...format, timeZone: conversation.timeZone || undefined});
        } catch (unknownZone) {
            return new Date(instant).toLocaleTimeString(widget.language(), format);
        }
    }

    // Files go up first (each its own request, the bytes as the body); the message that carries
    // them goes into the outbox once every upload has answered with its id.
    function sendFiles(files, body) {
        if (!files.length) { return; }
        if (files.length > 5) { error.textContent = t('attachment.tooMany'); return; }
        const clientId = newClientId();
        error.textContent = t('attachment.uploading', files.map(f => f.name).join(', '));
        showMessage({clientId, body, sender: 'CUSTOMER', attachments: files.map(f => ({name: f.name}))});
        messages.status(clientId, 'sending');
        Promise.all(files.map(file => fetch(widget.base + 'api/public/conversation/attachments?name='
            + encodeURIComponent(file.name), {
            method: 'POST', headers: {'Authorization': 'Bearer ' + state.token}, body: file
        }).then(response => response.json().then(answer => {
            if (!response.ok) { throw new Error(answer.detail || t('attachment.failed', file.name)); }
            return answer;
        })))).then(uploaded => {
            error.textContent = '';
            line.send({clientId, body, files: uploaded});
        }).catch(failure => {
            error.textContent = failure.message;
            messages.status(clientId, 'failed');
        });
    }

    // Files are fetched with the token (never in a URL) and shown from the browser's memory.
    function fetchFile(file) {
        return fetch(widget.base + 'api/public/conversation/attachments/' + file.id,
            {headers: {'Authorization': 'Bearer ' + state.token}}).then(response => {
            if (!response.ok) { throw new Error(t('failed')); }
            return response.blob();
        });
    }

    function showFiles(item, files) {
        const holder = el('div', {'class': 'tiski-files'});
        files.forEach(file => {
            if (!file.id) { holder.appendChild(el('span', {'class': 'tiski-file'}, [file.name])); return; }
            if (file.image) {
                const image = el('img', {'alt': file.name, 'class': 'tiski-image', 'data-testid': 'image'});
                fetchFile(file).then(blob => {
                    // Once decoded the picture stays; the blob's memory is given back.
                    // It has its height only now: the newest message is brought into view again.
                    image.onload = () => { URL.revokeObjectURL(image.src); list.scrollTop = list.scrollHeight; };
                    image.src = URL.createObjectURL(blob);
                });
                holder.appendChild(image);
                return;
            }
            const link = el('a', {'href': '#', 'class': 'tiski-file', 'data-testid': 'file'}, [file.name]);
            link.addEventListener('click', event => {
                event.preventDefault();
                fetchFile(file).then(blob => {
                    const url = URL.createObjectURL(blob);
                    el('a', {'href': url, 'download': file.name}).click();
                    // The download has its copy by then.
                    setTimeout(() => URL.revokeObjectURL(url), 60000);
                });
            });
            holder.appendChild(link);
        });
        const old = item.querySelector('.tiski-files');
        if (old) { item.replaceChild(holder, old); } else { item.appendChild(holder); }
    }
}
