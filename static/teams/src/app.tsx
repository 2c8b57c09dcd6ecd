/**
 * The tab shell: Fluent theme from Teams, language, a section bar in browser mode (inside Teams
 * each static tab is its own page, so the bar is hidden there), and the demo-user picker in
 * local browser mode.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { Badge, FluentProvider, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { I18nProvider, useI18n } from '../../shared/i18n/i18n-context';
import type { Session } from './host/session';
import { fluentTheme } from './host/theme';
import type { HostInfo, ThemeName } from './host/teams-host';
import { DemoUserPicker } from './components/demo-user-picker';
import { pathOf, TAB_NAMES, type TabName } from './routes';
import { DashboardTab } from './tabs/dashboard';
import { FileRequestTab } from './tabs/file-request';
import { MyRequestsTab } from './tabs/my-requests';
import { SettingsTab } from './tabs/settings';
import { TeamQueueTab } from './tabs/team-queue';
import type { TabProps } from './tabs/tab-props';

const TABS: Record<TabName, ComponentType<TabProps>> = {
  file: FileRequestTab,
  mine: MyRequestsTab,
  queue: TeamQueueTab,
  dashboard: DashboardTab,
  settings: SettingsTab,
};

const useStyles = makeStyles({
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalL, boxSizing: 'border-box' },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  main: { paddingTop: tokens.spacingVerticalL },
});

export interface AppProps {
  host: HostInfo;
  session: Session;
  initialTab: TabName;
  onDemoUser: (email: string) => void;
}

export function App({ host, session, initialTab, onDemoUser }: AppProps) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <I18nProvider locale={session.locale}>
        <Shell host={host} session={session} initialTab={initialTab} onDemoUser={onDemoUser} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({ host, session, initialTab, onDemoUser }: AppProps) {
  const styles = useStyles();
  const { tr } = useI18n();
  const [tab, setTab] = useState<TabName>(initialTab);
  useEffect(() => {
    const onPop = () => setTab(TAB_NAMES.find((name) => pathOf(name) === window.location.pathname) ?? 'file');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: TabName) => {
    window.history.pushState(null, '', `${pathOf(next)}${window.location.search}`);
    setTab(next);
  };
  const Current = TABS[tab];
  return (
    <div className={styles.root} data-mode={host.inTeams ? 'teams' : 'browser'} data-user={session.me.email}>
      {!host.inTeams && (
        <header className={styles.bar}>
          <Title3 as="h1">{tr('common.appName')}</Title3>
          <Badge appearance="outline">{tr('tabs.mode.browser')}</Badge>
          {session.me.mode === 'local' && <DemoUserPicker current={session.me.email} onChange={onDemoUser} />}
          <TabList selectedValue={tab} onTabSelect={(_, d) => go(TAB_NAMES.find((n) => n === d.value) ?? 'file')} aria-label={tr('tabs.nav.label')}>
            {TAB_NAMES.map((name) => <Tab key={name} value={name}>{tr(`tabs.nav.${name}`)}</Tab>)}
          </TabList>
        </header>
      )}
      <main className={styles.main}>
        <Current session={session} inTeams={host.inTeams} />
      </main>
    </div>
  );
}
