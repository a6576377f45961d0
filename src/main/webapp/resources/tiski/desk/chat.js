import {MessageList} from '../shared/message-list.js';
import {newClientId} from '../shared/outbox.js';

/**
 * The open conversation's chat: who the customer is, its messages in number order (each text from
 * a customer or another agent put into the page with textContent, never as markup), the message
 * box with its files, private mode and typing, and sending through the line's outbox. `desk` is
 * the desk's core (core.js).
 */
export function chatView(desk) {
    var state = desk.state, t = desk.t, el = desk.el;
    var $ = function (id) { return document.getElementById(id); };
    var chatList = new MessageList($('deskMessages'),
        {sending: t('statusSending'), sent: t('statusSent'), failed: t('statusFailed')});

    /** The chat of `conversation`, now the current one, drawn afresh. */
    function show(conversation) {
        $('deskCustomer').textContent = conversation.customerName || t('customer');
        $('deskQueue').textContent = conversation.queueName;
        drawDetails(conversation);
        chatList.clear();
        $('deskError').textContent = '';
        $('deskTyping').textContent = '';
        $('deskInput').disabled = false;
        $('deskComposer').hidden = false;
        setPrivate(false);
        drawTransferComment(conversation);
        drawFiles();
        // What this desk wrote to the chat and is still on its way stays shown at the end.
        desk.line.pending(function (entry) { return entry.conversationId === conversation.id; }).forEach(showPending);
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

    // --- Messages --------------------------------------------------------------------------------

    /** A stored message from the line; `fresh`: not seen before (a catch-up may bring it again). */
    function message(frame, fresh) {
        var id = frame.conversationId;
        if (!state.current || state.current.id !== id) {
            if (frame.sender !== 'AGENT' && fresh) {
                state.unread[id] = (state.unread[id] || 0) + 1;
                desk.conversations.draw();
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
            heading.appendChild(el('time', {'datetime': frame.at, 'data-testid': 'messageTime'}, [desk.timeOf(frame.at)]));
        }
        item.appendChild(heading);
        item.appendChild(document.createTextNode(frame.body));
        (frame.attachments || []).forEach(function (file) {
            var address = desk.api + 'attachments/' + file.id;
            if (file.image) {
                item.appendChild(el('img', {'src': address, 'alt': file.name}));
            } else {
                item.appendChild(el('a', {'href': address, 'download': file.name}, [file.name]));
            }
        });
        desk.emit('message', {frame: frame, item: item});
        return item;
    }

    function showPending(entry) {
        chatList.place(drawMessage({sender: 'AGENT', body: entry.body, staffOnly: entry['private'],
            attachments: entry.files, options: entry.options}), null, entry.clientId);
        chatList.status(entry.clientId, 'sending');
    }

    /** One of this desk's messages was acknowledged ("sent") or refused ("failed"). */
    function status(entry, value, frame) {
        chatList.status(entry.clientId, value);
        if (value === 'failed') { $('deskError').textContent = (frame && frame.detail) || t('failed'); }
    }

    function typing(frame) {
        $('deskTyping').textContent = t('typing', frame.senderName || t('customer'));
        clearTimeout(state.typingTimer);
        state.typingTimer = setTimeout(function () { $('deskTyping').textContent = ''; }, 4000);
    }

    // --- Writing ---------------------------------------------------------------------------------

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
        desk.line.send(entry);
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
            desk.line.transmit({type: 'typing', conversationId: state.current.id});
        }
    });
    $('deskPrivate').addEventListener('change', function () {
        setPrivate($('deskPrivate').checked);
        $('deskInput').focus();
    });

    return {
        show: show, message: message, status: status, typing: typing, post: post, insertText: insertText,
        addFile: addFile,
        /** Whether the message with this client id is in the chat (its refusal shows on it). */
        shows: function (clientId) { return !!chatList.find(clientId); }
    };
}
