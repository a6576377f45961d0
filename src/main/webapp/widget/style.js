// :host resets what the page's styles could pass in (inherited fonts and colours, or rules on
// the element itself); inside, the page's selectors do not apply at all. Below 30em wide the open
// widget takes the whole screen, and nothing in it is wider than the screen.
export const STYLE = ':host{all:initial!important}*{box-sizing:border-box}[hidden]{display:none!important}' +
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
    '.tiski-body{flex:1}.tiski-messages{max-height:none}.tiski-launcher{right:.75rem;bottom:.75rem}}';
