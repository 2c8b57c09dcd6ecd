/**
 * Where the tab runs: inside a Teams host (teams-js initialised, context read) or in a plain
 * browser tab. `app.initialize()` rejects at once at top level but hangs for 60 s when framed by a
 * page that never answers (research teams.md §5), so it races a short timer; losing the race
 * means plain browser mode.
 */
import { app, authentication } from '@microsoft/teams-js';

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface HostInfo {
  inTeams: boolean;
  theme: ThemeName;
  /** BCP 47 tag from Teams (`es-co`) or `?locale=` / the browser's language outside Teams. */
  locale: string | null;
  /** Teams user's UPN (local-mode identity inside Teams), null outside. */
  userPrincipalName: string | null;
  /** Teams SSO token (Entra mode); null outside Teams. */
  getAuthToken: (() => Promise<string>) | null;
  /** Calls `handler` when the Teams theme changes (never outside Teams). */
  onThemeChange: (handler: (theme: ThemeName) => void) => void;
}

export interface ConnectOptions {
  /** How long to wait for a Teams host before falling back to browser mode. */
  timeoutMs?: number;
  location?: Pick<Location, 'search' | 'hostname'>;
  /** Browser language outside Teams. */
  navigatorLanguage?: string;
}

/** Maps any host theme name to one of the three Fluent Teams themes. */
export function toThemeName(value: string | null | undefined): ThemeName {
  if (value === 'dark') return 'dark';
  if (value === 'contrast' || value === 'highContrast') return 'contrast';
  return 'default';
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Extra host origins allowed to talk to the tab. Teams' own origins are built into teams-js; a
 * `?hostOrigin=` is honoured only when both the tab and that origin are loopback (local
 * development and the fake Teams host of the browser tests; ADR 0061).
 */
export function extraHostOrigins(location: Pick<Location, 'search' | 'hostname'>): string[] {
  if (!LOOPBACK.has(location.hostname)) return [];
  const value = new URLSearchParams(location.search).get('hostOrigin');
  if (value === null) return [];
  try {
    const url = new URL(value);
    return LOOPBACK.has(url.hostname) && url.origin === value ? [value] : [];
  } catch {
    return [];
  }
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * Connects to the Teams host, or decides there is none.
 *
 * @example
 * const host = await connectToHost({ timeoutMs: 3000 });
 * if (!host.inTeams) showDemoUserPicker();
 */
export async function connectToHost(options: ConnectOptions = {}): Promise<HostInfo> {
  const location = options.location ?? window.location;
  const query = new URLSearchParams(location.search);
  const browser: HostInfo = {
    inTeams: false,
    theme: toThemeName(query.get('theme')),
    locale: query.get('locale') ?? options.navigatorLanguage ?? null,
    userPrincipalName: null,
    getAuthToken: null,
    onThemeChange: () => undefined,
  };
  const initialized = app.initialize(extraHostOrigins(location)).then(() => 'ok' as const, () => 'failed' as const);
  const outcome = await Promise.race([initialized, timeout(options.timeoutMs ?? 3000)]);
  if (outcome !== 'ok') return browser;
  const context = await app.getContext();
  return {
    inTeams: true,
    theme: toThemeName(context.app.theme),
    locale: context.app.locale,
    userPrincipalName: context.user?.userPrincipalName ?? null,
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toThemeName(theme))),
  };
}
