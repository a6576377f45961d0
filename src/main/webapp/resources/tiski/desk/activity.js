/*
 * The activity bar: what just happened that wants the agent ("a customer joined queue X", an offer,
 * a transfer, an invitation), with a short sound and a flashing tab title while the desk is in the
 * background. The agent switches each alert off for themselves; the choice is kept on the server.
 */
export function activity(desk) {
    var t = desk.t;
    var $ = function (id) { return document.getElementById(id); };
    var preferences = {soundAlerts: true, tabFlash: true};
    var waitingBefore = null;
    var requestsSeen = null;
    // The requests the bar's "Waiting for your answer" line names (key: customer's name), or null.
    var asking = null;
    var title = document.title;
    var unseen = 0;
    var flashTimer = null;
    var audio = null;

    function stamped(text) {
        return new Date().toLocaleTimeString(document.documentElement.lang || [], {hour: '2-digit', minute: '2-digit', timeZone: desk.timeZone}) + ' · ' + text;
    }

    function happened(text) {
        asking = null;
        $('deskActivity').textContent = stamped(text);
        if (preferences.soundAlerts) { chime(); }
        if (preferences.tabFlash && document.hidden) {
            unseen++;
            flash();
        }
    }

    /** Two short notes from the Web Audio API: no sound file to fetch, cache or keep in step. */
    function chime() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) { return; }
        try {
            audio = audio || new Context();
            // Made before the agent's first click, the context starts suspended; every try resumes it.
            if (audio.state === 'suspended') { audio.resume(); }
            [660, 880].forEach(function (frequency, index) {
                var tone = audio.createOscillator();
                var volume = audio.createGain();
                var start = audio.currentTime + index * 0.15;
                tone.frequency.value = frequency;
                volume.gain.setValueAtTime(0.15, start);
                volume.gain.exponentialRampToValueAtTime(0.001, start + 0.14);
                tone.connect(volume).connect(audio.destination);
                tone.start(start);
                tone.stop(start + 0.15);
            });
        } catch (ignored) {
            // A browser that refuses sound before the first click: the bar and the flash still tell.
        }
    }

    function flash() {
        if (flashTimer) { return; }
        var on = false;
        flashTimer = setInterval(function () {
            on = !on;
            document.title = on ? t('flashTitle', unseen) : title;
        }, 1000);
    }

    function stopFlashing() {
        clearInterval(flashTimer);
        flashTimer = null;
        unseen = 0;
        document.title = title;
    }

    /**
     * A queue the agent handles whose waiting count went up has a new customer; the first board
     * only sets the baseline.
     */
    function queuesChanged(frame) {
        var now = {};
        frame.queues.forEach(function (queue) {
            now[queue.id] = queue.waiting;
            // A request waiting for the agent's answer keeps the bar: it matters more than a join,
            // and the board and the inbox may reach the desk in either order.
            if (queue.handled && waitingBefore && queue.waiting > (waitingBefore[queue.id] || 0) && !asking) {
                happened(t('joinedQueue', queue.name));
            }
        });
        waitingBefore = now;
    }

    /** New offers, transfers and invitations; those already waiting when the desk opens count as new. */
    function inboxChanged(frame) {
        var seen = requestsSeen || {};
        var now = {};
        var fresh = [];
        var freshKeys = {};
        frame.offers.forEach(function (offer) {
            var key = 'offer-' + offer.customer.id;
            now[key] = offer.customer.customerName || t('customer');
            if (!seen[key]) { freshKeys[key] = now[key]; }
        });
        frame.handovers.forEach(function (handover) {
            var key = 'handover-' + handover.id;
            now[key] = handover.conversation.customerName || t('customer');
            if (!seen[key]) { freshKeys[key] = now[key]; }
        });
        requestsSeen = now;
        if (Object.keys(freshKeys).length > 0) {
            happened(t('newRequest', names(freshKeys)));
            asking = freshKeys;
        } else if (asking) {
            stillAsking(now);
        }
    }

    function names(requests) {
        return Object.keys(requests).map(function (key) { return requests[key]; }).join(', ');
    }

    /**
     * A request the bar named was answered (accepted, declined, taken back or timed out): it no
     * longer waits for the agent, so the line names only those still waiting, and goes once none is.
     */
    function stillAsking(now) {
        var left = {};
        Object.keys(asking).forEach(function (key) { if (now[key]) { left[key] = asking[key]; } });
        if (Object.keys(left).length === Object.keys(asking).length) { return; }
        asking = Object.keys(left).length > 0 ? left : null;
        $('deskActivity').textContent = asking ? stamped(t('newRequest', names(asking))) : '';
    }

    function savePreferences() {
        desk.call('PUT', 'preferences', {soundAlerts: $('deskSound').checked, tabFlash: $('deskFlash').checked})
            .then(function (saved) { preferences = saved; })
            .catch(function (error) { desk.showError(error.message); });
    }

    // Browsers allow sound after a user gesture: the first click at the desk readies it.
    document.addEventListener('pointerdown', function () {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (Context && !audio) { audio = new Context(); }
    }, {once: true});
    desk.on('frame', function (frame) {
        if (frame.type === 'queues') { queuesChanged(frame); }
        if (frame.type === 'inbox') { inboxChanged(frame); }
    });
    document.addEventListener('visibilitychange', function () { if (!document.hidden) { stopFlashing(); } });
    $('deskSound').addEventListener('change', savePreferences);
    $('deskFlash').addEventListener('change', savePreferences);
    desk.call('GET', 'preferences').then(function (stored) {
        preferences = stored;
        $('deskSound').checked = stored.soundAlerts;
        $('deskFlash').checked = stored.tabFlash;
    }).catch(function (error) { desk.showError(error.message); });
}
