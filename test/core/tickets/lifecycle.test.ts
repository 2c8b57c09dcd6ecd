import { describe, expect, it } from 'vitest';
import {
  changePriority, changeStatus, pauseTicket, reopenTicket, replyToTicket, resolveTicket, resumeTicket, toTicketView,
} from '../../../src/core/index';
import { AGENT, makeDeps, OTHER_REQUESTER, REQUESTER } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

const clocks = (deps: ReturnType<typeof makeDeps>, t: Parameters<typeof toTicketView>[0]) =>
  toTicketView(t, deps.settings, deps.clock.now()).sla.map((c) => [c.metric, c.state, c.elapsedMs, c.dueAt]);

describe('replies', () => {
  it('a public agent reply stops first response and moves open → inProgress; an internal note does neither', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    deps.clock.set('2026-03-02T15:00:00.000Z');
    const noted = value(await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'nota interna', public: false }));
    expect(noted.status).toBe('open');
    expect(clocks(deps, noted)[0]).toEqual(['firstResponse', 'running', 3_600_000, '2026-03-02T20:00:00.000Z']);
    deps.clock.set('2026-03-02T16:30:00.000Z');
    const replied = value(await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'Estamos revisando', public: true }));
    expect(replied.status).toBe('inProgress');
    expect(replied.version).toBe(5); // file + mark, note, reply + mark (outbox, ADR 0025)
    expect(clocks(deps, replied)[0]).toEqual(['firstResponse', 'met', 9_000_000, null]);
    expect(deps.notifier.kinds()).toEqual(['ticketFiled', 'agentReplied']);
  });

  it('a second, duplicate agent reply does not move the first-response instant', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    deps.clock.set('2026-03-02T15:00:00.000Z');
    await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'uno', public: true });
    deps.clock.set('2026-03-03T15:00:00.000Z');
    const again = value(await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'uno', public: true }));
    expect(clocks(deps, again)[0]).toEqual(['firstResponse', 'met', 3_600_000, null]);
  });

  it('only the requester or staff may reply; done tickets take no replies', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await replyToTicket(deps, { ticketId: t.id, actor: OTHER_REQUESTER, message: 'hola', public: true }))).toBe('forbidden');
    expect(codeOf(await replyToTicket(deps, { ticketId: t.id, actor: REQUESTER, message: '   ', public: true }))).toBe('invalid_input');
    expect(codeOf(await replyToTicket(deps, { ticketId: 'nope', actor: AGENT, message: 'x', public: true }))).toBe('not_found');
    await resolveTicket(deps, { ticketId: t.id, actor: AGENT });
    expect(codeOf(await replyToTicket(deps, { ticketId: t.id, actor: REQUESTER, message: 'gracias', public: true }))).toBe('invalid_transition');
  });
});

describe('pause and resume (Ley 1755 art. 17)', () => {
  it('waitingRequester pauses both clocks and suspends the legal term; the requester reply resumes both', async () => {
    const deps = makeDeps(); // Mon 2026-03-02 09:00 Bogotá
    const t = await fileOne(deps);
    deps.clock.set('2026-03-02T15:00:00.000Z'); // 10:00
    const paused = value(await pauseTicket(deps, { ticketId: t.id, actor: AGENT, status: 'waitingRequester', reason: 'Falta la cédula' }));
    expect(paused.status).toBe('waitingRequester');
    expect(paused.legal).toMatchObject({ dueDate: '2026-03-24', suspendedSince: '2026-03-02T15:00:00.000Z' });
    expect(paused.nextWakeUpAt).toBeNull();
    deps.clock.set('2026-03-04T15:00:00.000Z'); // Wed 10:00
    expect(clocks(deps, paused)[0]).toEqual(['firstResponse', 'paused', 3_600_000, null]);
    const resumed = value(await replyToTicket(deps, { ticketId: t.id, actor: REQUESTER, message: 'Adjunto la cédula', public: true }));
    expect(resumed.status).toBe('open');
    expect(resumed.history.at(-1)).toMatchObject({ type: 'statusChanged', from: 'waitingRequester', to: 'open', reason: 'requesterReplied' });
    // 3 h left of 4: Wed 10–12 and 14–15 → 15:00 Bogotá
    expect(clocks(deps, resumed)[0]).toEqual(['firstResponse', 'running', 3_600_000, '2026-03-04T20:00:00.000Z']);
    // resume mode: 0 days used before the requirement, 15 from Wed 03-04; Mon 03-23 is a holiday
    expect(resumed.legal).toMatchObject({ dueDate: '2026-03-26', suspendedSince: null });
    expect(deps.notifier.kinds()).toEqual(['ticketFiled', 'statusChanged', 'requesterReplied']);
  });

  it('resume goes back to the status held before the pause; only paused tickets resume', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await resumeTicket(deps, { ticketId: t.id, actor: AGENT }))).toBe('invalid_transition');
    await changeStatus(deps, { ticketId: t.id, actor: AGENT, status: 'inProgress' });
    await pauseTicket(deps, { ticketId: t.id, actor: AGENT, status: 'waitingThirdParty', reason: 'Concepto de otra entidad' });
    const back = value(await resumeTicket(deps, { ticketId: t.id, actor: AGENT, reason: 'Llegó el concepto' }));
    expect(back.status).toBe('inProgress');
    expect(back.legal?.suspendedSince).toBeNull();
  });

  it.each([
    ['a pause without reason', { reason: '  ' }, 'invalid_input'],
    ['a requester pausing', { actor: REQUESTER }, 'forbidden'],
  ] as const)('rejects %s', async (_n, patch, code) => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    const r = await pauseTicket(deps, { ticketId: t.id, actor: AGENT, status: 'waitingRequester', reason: 'x', ...patch });
    expect(codeOf(r)).toBe(code);
  });
});

describe('status, priority, resolve and reopen', () => {
  it.each([
    ['open', 'inProgress', 'ok'],
    ['open', 'open', 'same_value'],
    ['open', 'closed', 'ok'],
    ['open', 'resolved', 'ok'],
  ] as const)('changeStatus %s → %s: %s', async (_from, to, code) => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await changeStatus(deps, { ticketId: t.id, actor: AGENT, status: to }))).toBe(code);
  });

  it('closed is final', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    await changeStatus(deps, { ticketId: t.id, actor: AGENT, status: 'closed' });
    expect(codeOf(await changeStatus(deps, { ticketId: t.id, actor: AGENT, status: 'open' }))).toBe('invalid_transition');
    expect(codeOf(await reopenTicket(deps, { ticketId: t.id, actor: AGENT }))).toBe('invalid_transition');
  });

  it('a priority change keeps elapsed time and takes the new goal', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    deps.clock.set('2026-03-02T15:00:00.000Z');
    const p1 = value(await changePriority(deps, { ticketId: t.id, actor: AGENT, priority: 'P1', reason: 'Tutela' }));
    expect(p1.priority).toBe('P1');
    // P1 first response = 60 min, 60 min already used → breached now
    expect(clocks(deps, p1)[0]).toEqual(['firstResponse', 'breached', 3_600_000, '2026-03-02T15:00:00.000Z']);
    expect(p1.breached).toBe(true);
    expect(codeOf(await changePriority(deps, { ticketId: t.id, actor: AGENT, priority: 'P1' }))).toBe('same_value');
  });

  it('resolve stops every clock and asks for CSAT; reopen runs resolution again with elapsed kept', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    deps.clock.set('2026-03-02T16:00:00.000Z'); // 11:00, 2 h used
    const resolved = value(await resolveTicket(deps, { ticketId: t.id, actor: AGENT, resolution: 'Se expidió el certificado' }));
    expect(resolved).toMatchObject({ status: 'resolved', nextWakeUpAt: null, breached: false });
    expect(clocks(deps, resolved)).toEqual([
      ['firstResponse', 'met', 7_200_000, null],
      ['resolution', 'met', 7_200_000, null],
    ]);
    expect(deps.notifier.kinds()).toEqual(['ticketFiled', 'statusChanged', 'resolved']);
    deps.clock.set('2026-03-03T14:00:00.000Z'); // Tue 09:00; 19 h left: Tue 6, Wed 7, Thu 08–12 and 14–16
    expect(codeOf(await reopenTicket(deps, { ticketId: t.id, actor: OTHER_REQUESTER }))).toBe('forbidden');
    const reopened = value(await reopenTicket(deps, { ticketId: t.id, actor: REQUESTER, reason: 'No llegó' }));
    expect(reopened.status).toBe('open');
    expect(clocks(deps, reopened)[1]).toEqual(['resolution', 'running', 7_200_000, '2026-03-05T21:00:00.000Z']);
  });
});
