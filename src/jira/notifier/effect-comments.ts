/**
 * The text of an escalation rule's `comment` effect in Jira (ADR 0087). The rule names a message
 * key; the text comes from the i18n catalogue in the ticket's locale, with the radicado, the tier
 * and the rule's metric and percentage as parameters. A key the catalogue lacks still yields a
 * comment (naming the key) so a misconfigured rule is visible on the issue instead of silent.
 *
 * `internal: true` is posted with the `sd.public.comment` property (`JiraClient.addAdfComment`):
 * Jira Service Management shows it to agents only; Jira Software has no customer-facing
 * comments, so there it is an ordinary comment visible to whoever can browse the issue.
 */
import { kvs } from '@forge/kvs';
import { hasMessage, t, type Locale, type Notification, type Settings } from '../../core/index';
import { textToAdf } from '../client/adf';
import type { JiraClient } from '../client/jira-client';
import { digest } from '../store/kv';
import { ownCommentKey, rememberOwnWrite } from './own-writes';

/** How long a posted effect comment is remembered against redelivery (a week of retries). */
const POSTED_TTL_SECONDS = 7 * 24 * 3600;
/** KVS marker of an effect comment already posted (fired key + message: the rule fires once). */
export const effectCommentKey = (n: { ticketId: string; key: string; messageKey: string }) =>
  `effect-comment:${digest(`${n.ticketId}:${n.key}:${n.messageKey}`)}`;

/** The message keys the comment effect offers out of the box (admin page choices). */
export const EFFECT_COMMENT_KEYS = [
  'jiraEffects.comment.reviewRequested',
  'jiraEffects.comment.breachImminent',
  'jiraEffects.comment.breached',
  'jiraEffects.comment.legalRisk',
] as const;

/** A message key shown in the fallback text: catalogue-like characters only, at most 80. */
const SAFE_KEY = /^[A-Za-z0-9_.-]{1,80}$/;
const FIRED_KEY = /:(firstResponse|resolution|legal):(\d+(?:\.\d+)?)$/;

type EffectComment = Extract<Notification, { kind: 'escalationComment' }>;

function ruleOf(key: string, locale: Locale): { metric: string; atPercent: string } {
  const m = FIRED_KEY.exec(key);
  if (!m) return { metric: '', atPercent: '' };
  return { metric: t(locale, `jiraEffects.metric.${m[1] ?? ''}`), atPercent: m[2] ?? '' };
}

/**
 * The comment to post for an `escalationComment` notification, or null for any other kind.
 *
 * @example
 * commentForEffect({ kind: 'escalationComment', messageKey: 'jiraEffects.comment.breached', key: 't-1:resolution:100', locale: 'en', number: 'PQRS-2026-000001', … }, settings);
 * // 'Ventanilla: request PQRS-2026-000001 breached its resolution SLA. Record the cause and the response plan.'
 */
export function commentForEffect(n: Notification, settings?: Pick<Settings, 'tiers'>): string | null {
  if (n.kind !== 'escalationComment') return null;
  return effectText(n, settings);
}

function effectText(n: EffectComment, settings?: Pick<Settings, 'tiers'>): string {
  const locale = n.locale;
  const params = { number: n.number, tier: n.tier, tierName: settings?.tiers[n.tier].name ?? n.tier, ...ruleOf(n.key, locale) };
  if (hasMessage(n.messageKey)) return t(locale, n.messageKey, params);
  const messageKey = SAFE_KEY.test(n.messageKey) ? n.messageKey : '?';
  return t(locale, 'jiraEffects.comment.fallback', { number: n.number, messageKey });
}

/**
 * Posts the comment of an `escalationComment` notification on `issueId` (own comment: the
 * comment trigger skips it; `internal` → `sd.public.comment` property) unless it was already
 * posted (a redelivered notification). Returns the comment id, or null when nothing was posted.
 *
 * @example
 * await postEffectComment(jira, '10001', n, doc.settings); // '20001'
 */
export async function postEffectComment(jira: JiraClient, issueId: string, n: Notification, settings?: Pick<Settings, 'tiers'>): Promise<string | null> {
  if (n.kind !== 'escalationComment') return null;
  const posted = effectCommentKey(n);
  if ((await kvs.get(posted)) !== undefined) return null;
  const { id } = await jira.addAdfComment(issueId, textToAdf(effectText(n, settings)), { internal: n.internal });
  await rememberOwnWrite(ownCommentKey(id));
  await kvs.set(posted, id, { ttl: { value: POSTED_TTL_SECONDS, unit: 'SECONDS' } });
  return id;
}
