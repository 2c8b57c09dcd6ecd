/**
 * The script the test host runs in the page before the app loads: it provides
 * `window.__bridge.callBridge(method, args)` — the one function @forge/bridge talks to — and sends
 * each call to Node through the exposed function `__forgeHostCall`. `enableTheming` applies the
 * theme the host answers with (attributes on `<html>` plus the token CSS), as Jira does.
 */

/** Name of the function exposed by the host (playwright `exposeFunction`). */
export const HOST_CALL = '__forgeHostCall';

/** The init script, as a string for `addInitScript` (runs before any page script). */
export const BRIDGE_SCRIPT = `
(() => {
  const applyTheme = (theme) => {
    const html = document.documentElement;
    for (const [name, value] of Object.entries(theme.attrs)) html.setAttribute(name, value);
    const add = () => {
      let style = document.getElementById('forge-host-theme');
      if (!style) { style = document.createElement('style'); style.id = 'forge-host-theme'; document.head.appendChild(style); }
      style.textContent = theme.css;
    };
    if (document.head) add(); else document.addEventListener('DOMContentLoaded', add, { once: true });
  };
  window.__bridge = {
    callBridge: async (method, args) => {
      const answer = JSON.parse(await window.${HOST_CALL}(method, JSON.stringify(args === undefined ? null : args)));
      if (answer.error !== undefined) throw new Error(answer.error);
      if (method === 'enableTheming') { applyTheme(answer.value); return undefined; }
      return answer.value;
    },
  };
})();
`;
