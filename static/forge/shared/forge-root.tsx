/**
 * The root every Custom UI resource renders: starts Forge (theme + context), provides the locale
 * to `useI18n()`, and shows a loading or error state until the context is known.
 */
import { useCallback, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../shared/i18n/i18n-context';
import { useLoad } from '../../shared/hooks/use-load';
import { startForge, type ForgeEnv } from './forge-context';
import { ErrorMessage, Spinner } from './ui';
import './forge.css';

function ForgeRoot({ render }: { render: (env: ForgeEnv) => ReactNode }) {
  const start = useCallback(() => startForge(), []);
  const env = useLoad(start, [start]);
  if (env.status === 'error') return <ErrorMessage error={env.error} locale="es" onRetry={env.reload} />;
  if (env.data === null) return <Spinner locale="es" />;
  return <I18nProvider locale={env.data.locale}>{render(env.data)}</I18nProvider>;
}

/**
 * Mounts an app into `#root`.
 *
 * @example
 * mountForgeApp((env) => <PanelApp env={env} />);
 */
export function mountForgeApp(render: (env: ForgeEnv) => ReactNode): void {
  const el = document.getElementById('root');
  if (el === null) throw new Error('missing #root element');
  createRoot(el).render(<ForgeRoot render={render} />);
}
