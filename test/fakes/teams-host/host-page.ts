/**
 * A fake Microsoft Teams host page for browser tests: it frames a tab and answers the teams-js
 * postMessage protocol observed in research teams.md §5 — `initialize`, `getContext`,
 * `authentication.getAuthToken` — and can push a theme change (`window.fakeTeams.setTheme`).
 * Internal protocol: confined to tests, never shipped.
 */

/** What the host tells the tab about the user and the client (teams-js "legacy" context). */
export interface FakeTeamsContext {
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  userPrincipalName: string;
  userObjectId: string;
  tid: string;
  entityId: string;
}

export interface FakeHostPageOptions {
  /** Absolute URL of the tab to frame (its `?hostOrigin=` is added by the caller). */
  tabUrl: string;
  context: FakeTeamsContext;
  /** What `authentication.getAuthToken` returns. */
  token: string;
}

/**
 * The host page HTML. `window.fakeTeams.calls` lists every `func` the tab asked for, in order.
 *
 * @example
 * fakeTeamsHostHtml({ tabUrl: 'http://127.0.0.1:3978/tabs/mine?hostOrigin=…', context, token: 'eyJ.fake.sig' });
 */
export function fakeTeamsHostHtml(options: FakeHostPageOptions): string {
  const { context } = options;
  const legacyContext = {
    locale: context.locale,
    theme: context.theme,
    entityId: context.entityId,
    userPrincipalName: context.userPrincipalName,
    loginHint: context.userPrincipalName,
    userObjectId: context.userObjectId,
    tid: context.tid,
    hostClientType: 'web',
    frameContext: 'content',
  };
  const config = JSON.stringify({ tabUrl: options.tabUrl, legacyContext, token: options.token }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake Teams host</title>
<style>body{margin:0;font-family:sans-serif}header{padding:4px 8px;background:#464775;color:#fff}iframe{border:0;width:100%;height:calc(100vh - 28px)}</style>
</head><body>
<header>Fake Teams host (tests only)</header>
<iframe id="tab" title="tab" src=""></iframe>
<script>
const config = ${config};
const frame = document.getElementById('tab');
const tabOrigin = new URL(config.tabUrl).origin;
const calls = [];
function reply(source, data, args) { source.postMessage({ id: data.id, uuid: data.uuid, args }, tabOrigin); }
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
  const data = event.data;
  if (!data || typeof data.func !== 'string') return;
  calls.push(data.func);
  switch (data.func) {
    case 'initialize': reply(event.source, data, ['content', 'web', '2.0.0']); break;
    case 'getContext': reply(event.source, data, [config.legacyContext]); break;
    case 'authentication.getAuthToken': reply(event.source, data, [true, config.token]); break;
    default: break;
  }
});
window.fakeTeams = {
  calls,
  setTheme(theme) { config.legacyContext.theme = theme; frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, tabOrigin); },
};
frame.src = config.tabUrl;
</script>
</body></html>`;
}
