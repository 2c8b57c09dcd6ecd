import { describe, expect, it } from 'vitest';
import {
  isConfigMode, queueTabConfig, registerChannelConfig, type ChannelTabConfig, type PagesConfigApi,
} from '../../../static/teams/src/host/channel-config';

/** A stand-in for teams-js `pages.config` that records what the page did. */
class FakePagesConfig implements PagesConfigApi {
  handler: Parameters<PagesConfigApi['registerOnSaveHandler']>[0] | null = null;
  valid: boolean | null = null;
  saved: ChannelTabConfig[] = [];
  constructor(private readonly failWith: string | null = null) {}
  registerOnSaveHandler(handler: Parameters<PagesConfigApi['registerOnSaveHandler']>[0]): void {
    this.handler = handler;
  }
  setValidityState(valid: boolean): void {
    this.valid = valid;
  }
  async setConfig(config: ChannelTabConfig): Promise<void> {
    if (this.failWith) throw new Error(this.failWith);
    this.saved.push(config);
  }
  /** Teams pressing Save; resolves with the page's answer. */
  save(): Promise<string> {
    return new Promise((resolve) => {
      this.handler?.({ notifySuccess: () => resolve('success'), notifyFailure: (reason) => resolve(`failure:${reason ?? ''}`) });
    });
  }
}

describe('channel configurable tab', () => {
  it.each([
    ['?mode=config', true],
    ['?mode=config&hostOrigin=http://127.0.0.1:1', true],
    ['', false],
    ['?mode=view', false],
  ])('isConfigMode(%s) = %s', (search, expected) => {
    expect(isConfigMode(search)).toBe(expected);
  });

  it('enables Save at once and, on save, stores the queue tab content URL', async () => {
    const api = new FakePagesConfig();
    registerChannelConfig(api, queueTabConfig('https://desk.example.com', 'Cola del equipo'));
    expect(api.valid).toBe(true);
    expect(api.saved).toEqual([]);
    expect(await api.save()).toBe('success');
    expect(api.saved).toEqual([{
      entityId: 'ventanilla-queue',
      contentUrl: 'https://desk.example.com/tabs/queue',
      websiteUrl: 'https://desk.example.com/tabs/queue',
      suggestedDisplayName: 'Cola del equipo',
    }]);
  });

  it('tells Teams when saving fails', async () => {
    const api = new FakePagesConfig('denied');
    registerChannelConfig(api, queueTabConfig('http://127.0.0.1:3978', 'Team queue'));
    expect(await api.save()).toBe('failure:denied');
  });
});
