/**
 * Entry point of every tab page: find the host (Teams or a plain browser), open the session,
 * render. A failure to reach the server is shown, in Spanish and English, instead of a blank page.
 */
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { I18nProvider } from '../../shared/i18n/i18n-context';
import { App } from './app';
import { ErrorBar } from './components/error-bar';
import { chosenDemoUser, openSession, rememberDemoUser } from './host/session';
import { connectToHost, type HostInfo } from './host/teams-host';
import { pages } from '@microsoft/teams-js';
import { resolveLocale, t } from '../../../src/core/index';
import { isConfigMode, queueTabConfig, registerChannelConfig } from './host/channel-config';
import { tabFromPath } from './routes';

async function start(root: Root, host: HostInfo, demoUser: string | null): Promise<void> {
  try {
    const session = await openSession(host, demoUser);
    document.documentElement.lang = session.locale;
    const onDemoUser = (email: string) => {
      rememberDemoUser(window.localStorage, email);
      const url = new URL(window.location.href);
      url.searchParams.delete('as');
      window.history.replaceState(null, '', url);
      void start(root, host, email);
    };
    root.render(<App key={session.me.email} host={host} session={session} initialTab={tabFromPath(window.location.pathname)} onDemoUser={onDemoUser} />);
  } catch (error) {
    root.render(
      <FluentProvider theme={teamsLightTheme}>
        <I18nProvider locale={resolveLocale(host.locale)}>
          <ErrorBar error={error} onRetry={() => void start(root, host, demoUser)} />
        </I18nProvider>
      </FluentProvider>,
    );
  }
}

async function main(): Promise<void> {
  const element = document.getElementById('root');
  if (element === null) throw new Error('Missing #root element');
  const host = await connectToHost({ timeoutMs: 3000, navigatorLanguage: navigator.language });
  document.documentElement.dataset.host = host.inTeams ? 'teams' : 'browser';
  if (host.inTeams && isConfigMode(window.location.search) && pages.config.isSupported()) {
    // Adding the app to a channel: save the team queue as the channel tab.
    const name = t(resolveLocale(host.locale), 'tabs.nav.queue');
    registerChannelConfig(pages.config, queueTabConfig(window.location.origin, name));
    document.documentElement.dataset.channelConfig = 'registered';
  }
  await start(createRoot(element), host, host.inTeams ? null : chosenDemoUser(window.location.search, window.localStorage));
}

void main();
