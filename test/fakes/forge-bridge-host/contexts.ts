/** Forge module contexts (the `FullContext` shape `view.getContext()` returns in Jira) for the three modules. */
import type { ColorMode } from './theme';

const base = (moduleKey: string, accountId: string, locale: string, colorMode: ColorMode) => ({
  accountId,
  cloudId: 'fake-cloud',
  localId: `${moduleKey}-local`,
  moduleKey,
  locale,
  timezone: 'America/Bogota',
  environmentType: 'DEVELOPMENT',
  theme: { colorMode, dark: 'dark', light: 'light' },
});

const project = { id: '10000', key: 'PQRS', type: 'software' };

/** `jira:issuePanel` context for an issue. */
export function panelContext(issue: { id: string; key: string }, opts: { accountId: string; locale?: string; colorMode?: ColorMode }) {
  return { ...base('ventanilla-sla-panel', opts.accountId, opts.locale ?? 'es-ES', opts.colorMode ?? 'light'), extension: { type: 'jira:issuePanel', issue: { ...issue, type: 'Task' }, project } };
}

/** `jira:adminPage` context. */
export function adminContext(opts: { accountId: string; locale?: string; colorMode?: ColorMode }) {
  return { ...base('ventanilla-settings', opts.accountId, opts.locale ?? 'es-ES', opts.colorMode ?? 'light'), extension: { type: 'jira:adminPage' } };
}

/** `jira:projectPage` context. */
export function projectContext(opts: { accountId: string; locale?: string; colorMode?: ColorMode }) {
  return { ...base('ventanilla-queue', opts.accountId, opts.locale ?? 'es-ES', opts.colorMode ?? 'light'), extension: { type: 'jira:projectPage', project } };
}
