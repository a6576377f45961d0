/**
 * The agent's presence as the switch shows it. The switch is redrawn by its Faces request: "Pick
 * next" in the queue sidebar follows a new presence, and an error that said to go online no longer
 * applies once online. `desk` is the desk's core (core.js); answers whether the agent is online.
 */
export function presence(desk) {
    var $ = function (id) { return document.getElementById(id); };

    /** The presence the switch shows; the switch's form is redrawn by its Faces request. */
    function online() {
        var form = $('presenceForm');
        return !!form && form.dataset.presence === 'ONLINE';
    }

    // (The sidebar's own redraws change nothing here.)
    var shownPresence = online();
    new MutationObserver(function () {
        if (online() === shownPresence) { return; }
        shownPresence = online();
        if (shownPresence) {
            $('deskNotice').textContent = '';
            $('deskError').textContent = '';
        }
        desk.sidebar.draw();
    }).observe($('presenceForm').parentNode, {childList: true, subtree: true, attributes: true,
        attributeFilter: ['data-presence']});

    return online;
}
