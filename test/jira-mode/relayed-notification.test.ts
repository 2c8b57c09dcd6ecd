/**
 * Relayed notifications on the Teams side: which become core notifications for the bot (and
 * how), and what each does to the mirrored view (pure), plus the mirror's ordering guard.
 */
import { describe, expect, it } from 'vitest';
import { toTicketView, type TicketView } from '../../src/core/index';
import type { RelayedNotification } from '../../src/jira/notifier/relay-payload';
import { applyRelayed } from '../../src/teams/jira-mode/mirror-view';
import { toCoreNotification } from '../../src/teams/jira-mode/relayed-notification';
import { SqliteJiraMirror, type MirrorEntry } from '../../src/teams/jira-mode/sqlite-jira-mirror';
import { VentanillaDb } from '../../src/teams/store/database';
import { aSettings, aTicket } from '../fakes/builders';

const AT = '2026-03-03T15:00:00.000Z';
const view: TicketView = toTicketView(
  aTicket({ id: 't-1', number: 'PQRS-2026-000001', requester: { name: 'Ana', email: 'ana@example.org' } }), aSettings(), new Date('2026-03-02T14:00:00Z'),
);
const entry = (source: MirrorEntry['source'] = 'bot'): MirrorEntry => ({
  view, issueKey: 'PQRS-7', intakeKey: 'teams:c:a', requesterEmail: 'ana@example.org', requesterUserId: 'aad-ana', source, stateAt: view.updatedAt,
});
const relayed = (kind: string, detail: RelayedNotification['detail'] = {}, tier = 'N2'): RelayedNotification => ({
  id: `ntf_${kind}`, ticketId: 't-1', number: 'PQRS-2026-000001', kind, locale: 'en', tier, at: AT, detail,
});

describe('toCoreNotification', () => {
  it.each([
    ['escalated', { from: 'N1', to: 'N2', trigger: 'threshold' }, { kind: 'escalated', from: 'N1', to: 'N2', trigger: 'threshold', key: null }],
    ['statusChanged', { from: 'open', to: 'waitingRequester' }, { kind: 'statusChanged', from: 'open', to: 'waitingRequester' }],
    ['slaThreshold', { metric: 'resolution', atPercent: 50 }, { kind: 'slaThreshold', metric: 'resolution', atPercent: 50, key: 't-1:resolution:50' }],
    ['legalExtended', { days: 15, dueDate: '2026-04-14' }, { kind: 'legalExtended', days: 15, dueDate: '2026-04-14' }],
    ['resolved', { csatRequested: true }, { kind: 'resolved', csatRequested: false }],
    ['agentReplied', { public: true }, { kind: 'agentReplied', public: true }],
    ['typeChanged', { from: 'peticion', to: 'reclamo', legalDueDate: '2026-03-24' }, { kind: 'typeChanged', from: 'peticion', to: 'reclamo', legalDueDate: '2026-03-24' }],
  ])('%s → the core notification, requester from the mirror, delivery key = webhook id', (kind, detail, expected) => {
    expect(toCoreNotification(relayed(kind, detail), entry())).toEqual({
      ok: true,
      notification: {
        ...expected, ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'en', tier: 'N2', assigneeId: null,
        requester: { email: 'ana@example.org', userId: 'aad-ana' }, deliveryKey: `ntf_${kind}`,
      },
    });
  });

  it.each([
    ['an unknown kind', relayed('somethingNew', { to: 'x' }), entry(), 'unknown_kind'],
    ['a detail that does not fit the kind', relayed('escalated', { from: 'N1', to: 'N9', trigger: 'threshold' }), entry(), 'bad_detail'],
    ['ticketFiled of a bot turn', relayed('ticketFiled', { created: true }), entry('bot'), 'acknowledged_by_turn'],
    ['ticketFiled not mirrored yet', relayed('ticketFiled', { created: true }), null, 'acknowledged_by_turn'],
  ])('skips %s', (_name, n, e, skip) => {
    expect(toCoreNotification(n, e)).toEqual({ ok: false, skip });
  });

  it('a tab-filed ticketFiled is delivered; a ticket not mirrored reaches no requester (channel only)', () => {
    expect(toCoreNotification(relayed('ticketFiled', { created: true }), entry('api'))).toMatchObject({ ok: true, notification: { kind: 'ticketFiled', created: true } });
    expect(toCoreNotification(relayed('slaThreshold', { metric: 'firstResponse', atPercent: 100 }, 'N3'), null))
      .toMatchObject({ ok: true, notification: { requester: { email: '' }, tier: 'N3' } });
  });
});

describe('applyRelayed (the mirrored view)', () => {
  it.each([
    ['escalated', { from: 'N1', to: 'N2' }, 'N2', { tier: 'N2', status: 'open' }],
    ['statusChanged', { from: 'open', to: 'inProgress' }, 'N1', { status: 'inProgress' }],
    ['resolved', {}, 'N1', { status: 'resolved' }],
    ['priorityChanged', { from: view.priority, to: 'P1' }, 'N1', { priority: 'P1' }],
    ['typeChanged', { from: view.type, to: 'reclamo', legalDueDate: '2026-03-30' }, 'N1', { type: 'reclamo', legal: { dueDate: '2026-03-30' } }],
    ['slaThreshold', { metric: 'resolution', atPercent: 100 }, 'N1', { breached: true }],
    ['agentReplied', { public: true }, 'N4', { tier: 'N4', status: view.status }],
  ])('%s updates the view', (kind, detail, tier, expected) => {
    expect(applyRelayed(view, relayed(kind, detail, tier))).toMatchObject({ ...expected, updatedAt: AT });
  });

  it('a legal extension moves the due date and marks it extended', () => {
    const withLegal = view.legal ? view : null;
    expect(withLegal).not.toBeNull();
    if (!withLegal) return;
    expect(applyRelayed(withLegal, relayed('legalExtended', { days: 15, dueDate: '2026-05-04' })).legal)
      .toMatchObject({ dueDate: '2026-05-04', extensionDays: 15, extended: true, canExtend: false });
  });

  it('the mirror ignores a notification older than what it knows, and unknown tickets', async () => {
    const mirror = new SqliteJiraMirror(new VentanillaDb(':memory:'));
    await mirror.put(entry());
    expect(await mirror.applyRelayed({ ...relayed('escalated', { from: 'N1', to: 'N2' }), ticketId: 't-404' })).toBeNull();
    await mirror.applyRelayed(relayed('escalated', { from: 'N1', to: 'N3' }, 'N3'));
    const stale = await mirror.applyRelayed({ ...relayed('escalated', { from: 'N1', to: 'N2' }), at: '2026-03-03T14:00:00.000Z' });
    expect(stale?.view.tier).toBe('N3');
    expect((await mirror.getByNumber('pqrs-2026-000001'))?.view.tier).toBe('N3');
  });
});
