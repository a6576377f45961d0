import {el} from '../shared/dom.js';

/**
 * The desk's core, which main.js hands to every component: the page's texts, the agent API, the
 * events the components follow, the desk's shared state and the performance marks. The components
 * main.js makes are added to it (core.chat, core.conversations, ...), so that each reaches the
 * others through it only.
 */
export function deskCore(desk) {
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

    /** Lets the desk's components follow what happens: open, frame, message (drawn), closed. */
    function on(event, listener) {
        (listeners[event] = listeners[event] || []).push(listener);
    }

    function emit(event, value) {
        (listeners[event] || []).forEach(function (listener) {
            try { listener(value); } catch (error) { console.error(error); }
        });
    }

    /** In the chat when one is open, else in the sidebar, so that no failure goes unseen. */
    function showError(text) {
        $($('deskConversation').hidden ? 'deskNotice' : 'deskError').textContent = text;
    }

    function timeOf(instant) {
        // In the organisation's time zone, whatever the agent's computer is set to.
        return new Date(instant).toLocaleTimeString(document.documentElement.lang || [],
            {hour: '2-digit', minute: '2-digit', timeZone: desk.dataset.timeZone || undefined});
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

    return {
        page: desk, state: state, api: api,
        t: t, el: el, call: call, on: on, emit: emit, showError: showError, mark: mark, markReady: markReady,
        // The organisation's time zone: every time the desk shows is in it.
        timeZone: desk.dataset.timeZone || undefined,
        current: function () { return state.current; },
        queues: function () { return state.queues; },
        base: base, timeOf: timeOf
    };
}
