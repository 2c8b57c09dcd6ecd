/**
 * Everything a Forge handler needs, built once per invocation (no global singletons): storage,
 * the Jira client, settings, clock and ids. Tests build it with a fixed clock and a retry policy
 * that advances the fake clock.
 */
import type { Clock, Ids, TicketDeps } from '../../core/index';
import { JiraClient } from '../client/jira-client';
import { DEFAULT_RETRY, type RetryPolicy } from '../client/request';
import { JiraNotifier } from '../notifier/jira-notifier';
import { readConfig, type ForgeConfig } from '../platform/config';
import { systemClock, uuidIds } from '../platform/runtime';
import { SettingsStore, type SettingsDoc } from '../settings/settings-store';
import { KvsTicketStore, type Yield } from '../store/kvs-ticket-store';
import { jiraDirectory } from './directory';

export interface JiraContext {
  config: ForgeConfig;
  clock: Clock;
  ids: Ids;
  store: KvsTicketStore;
  jira: JiraClient;
  settings: SettingsStore;
  retry: RetryPolicy;
}

export interface ContextOptions {
  clock?: Clock;
  ids?: Ids;
  retry?: RetryPolicy;
  /** How a losing concurrent create waits (tests: one macrotask). */
  pause?: Yield;
}

/** A context for one invocation. */
export function makeContext(opts: ContextOptions = {}): JiraContext {
  const config = readConfig();
  const clock = opts.clock ?? systemClock;
  const retry = opts.retry ?? DEFAULT_RETRY;
  return {
    config,
    clock,
    ids: opts.ids ?? uuidIds,
    store: new KvsTicketStore(opts.pause),
    jira: new JiraClient(retry),
    settings: new SettingsStore({ intakeProject: config.intakeProject, now: () => clock.now() }),
    retry,
  };
}

/** Core use-case deps under `doc`; `writeBack` when the app itself makes the change. */
export function ticketDeps(ctx: JiraContext, doc: SettingsDoc, writeBack: boolean, clock: Clock = ctx.clock, batch = false): TicketDeps & { notifier: JiraNotifier } {
  return {
    store: ctx.store,
    clock,
    ids: ctx.ids,
    settings: doc.settings,
    directory: jiraDirectory(doc.settings, { jira: ctx.jira, cache: new Map() }),
    notifier: new JiraNotifier({ store: ctx.store, jira: ctx.jira, mapping: doc.jira, settings: doc.settings, clock }, writeBack, batch),
  };
}
