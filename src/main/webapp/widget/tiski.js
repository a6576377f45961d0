/*
 * Tiski chat widget. Add to any page with one tag:
 *   <script src="https://YOUR-TISKI/widget/tiski.js" data-organisation="ORGANISATION-ID" async></script>
 * This is only the loader, a plain script (so the tag works as it always did, async or not): it
 * reads its own tag and imports the widget, native ES modules served from Tiski with CORS headers
 * (the page is on the enterprise's site, the modules on Tiski's), which draws itself inside the
 * Shadow DOM of one <tiski-chat> element (app.js).
 */
(function () {
    'use strict';
    var script = document.currentScript;
    if (!script) { return; }
    var organisation = script.getAttribute('data-organisation');
    import(new URL('app.js', script.src).href).then(function (app) {
        app.start(new URL('..', script.src).href, organisation);
    });
}());
