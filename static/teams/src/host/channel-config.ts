/**
 * The channel configurable tab (`/tabs/queue?mode=config`, the manifest's configurationUrl): Teams
 * shows this page when a team adds Ventanilla to a channel. It registers the save handler, marks
 * the page valid at once (there is nothing to choose) and, on save, stores the team queue tab's
 * content URL. The teams-js calls are injected so the logic is tested without a host.
 */

/** What Teams stores for the channel tab (teams-js `pages.InstanceConfig`). */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The subset of teams-js `pages.config` used here. */
export interface PagesConfigApi {
  registerOnSaveHandler(handler: (evt: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void): void;
  setValidityState(valid: boolean): void;
  setConfig(config: ChannelTabConfig): Promise<void>;
}

/** True on the configuration page (`?mode=config`). */
export function isConfigMode(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'config';
}

/**
 * The team queue tab's configuration for a tab served from `origin`.
 *
 * @example
 * queueTabConfig('https://desk.example.com', 'Cola del equipo').contentUrl; // 'https://desk.example.com/tabs/queue'
 */
export function queueTabConfig(origin: string, displayName: string): ChannelTabConfig {
  const url = new URL('/tabs/queue', origin).toString();
  return { entityId: 'ventanilla-queue', contentUrl: url, websiteUrl: url, suggestedDisplayName: displayName };
}

/**
 * Registers the save handler (it saves `config`, then tells Teams success or failure) and enables
 * the Save button.
 *
 * @example
 * registerChannelConfig(pages.config, queueTabConfig(location.origin, tr('tabs.nav.queue')));
 */
export function registerChannelConfig(api: PagesConfigApi, config: ChannelTabConfig): void {
  api.registerOnSaveHandler((evt) => {
    api.setConfig(config).then(
      () => evt.notifySuccess(),
      (error: unknown) => evt.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  api.setValidityState(true);
}
