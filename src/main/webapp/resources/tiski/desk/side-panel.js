/**
 * The side panel's toggle: the panel beside the chat (contact card, notes, canned replies, tags) is
 * shown or hidden by the agent, and the choice is kept in this browser. `desk` is the desk's core
 * (core.js).
 */
export function sidePanel(desk) {
    var $ = function (id) { return document.getElementById(id); };

    /** Shown or hidden by the agent; the choice is kept in this browser. */
    function showPanel(visible) {
        $('deskPanel').hidden = !visible || !desk.current();
        desk.page.classList.toggle('tiski-desk-panel-hidden', !visible);
        $('deskPanelToggle').setAttribute('aria-expanded', String(visible));
        $('deskPanelToggle').textContent = visible ? desk.t('panelHide') : desk.t('panelShow');
        try { localStorage.setItem('tiski.desk.panel', visible ? 'shown' : 'hidden'); } catch (ignored) { /* private mode */ }
    }

    function panelWanted() {
        try { return localStorage.getItem('tiski.desk.panel') !== 'hidden'; } catch (ignored) { return true; }
    }

    $('deskPanelToggle').addEventListener('click', function () { showPanel($('deskPanel').hidden); });

    return {show: showPanel, wanted: panelWanted};
}
