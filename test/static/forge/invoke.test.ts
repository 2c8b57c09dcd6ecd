import { describe, expect, it } from 'vitest';
import { invoke, InvokeError, type Transport } from '../../../static/forge/shared/invoke';

const panelData = {
  issueId: '10001', ticket: null, paused: null, legalExtension: null, timeline: [],
  actions: { pause: false, resume: false, extend: false, tierUp: false, tierDown: false },
  calendar: null, serverNow: '2026-03-02T14:00:00Z', locale: 'es',
};

/** A transport that records what it was asked and answers `answer`. */
function transport(answer: unknown): Transport & { seen: { key: string; payload: unknown }[] } {
  const seen: { key: string; payload: unknown }[] = [];
  const fn = async (key: string, payload: Record<string, unknown>) => { seen.push({ key, payload }); return answer; };
  return Object.assign(fn, { seen });
}

describe('typed invoke facade', () => {
  it('sends the parsed payload and returns the parsed data', async () => {
    const t = transport({ ok: true, data: panelData });
    await expect(invoke('getPanel', { issueId: '10001' }, t)).resolves.toEqual(panelData);
    expect(t.seen).toEqual([{ key: 'getPanel', payload: { issueId: '10001' } }]);
  });

  it('refuses a payload the contract rejects, without calling the resolver', async () => {
    const t = transport({ ok: true, data: panelData });
    await expect(invoke('getPanel', { issueId: 'PQ-1' }, t)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(t.seen).toEqual([]);
  });

  it('turns a failed envelope into an InvokeError with the resolver code, message and issues', async () => {
    const t = transport({ ok: false, error: { code: 'invalid_settings', message: 'La configuración tiene errores', issues: [{ path: 'calendars.0.spec.timeZone', message: 'unknown' }] } });
    const err: unknown = await invoke('saveSettings', { settings: {}, jira: {}, expectedVersion: 1 }, t).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvokeError);
    expect(err).toMatchObject({ code: 'invalid_settings', message: 'La configuración tiene errores', issues: [{ path: 'calendars.0.spec.timeZone', message: 'unknown' }] });
  });

  it.each([
    ['not an envelope', { panel: 1 }],
    ['data not matching the output schema', { ok: true, data: { ...panelData, serverNow: 'yesterday' } }],
  ])('rejects %s as bad_response', async (_name, answer) => {
    await expect(invoke('getPanel', { issueId: '10001' }, transport(answer))).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports a transport failure as bridge', async () => {
    const failing: Transport = async () => { throw new Error('frame gone'); };
    await expect(invoke('getPanel', { issueId: '10001' }, failing)).rejects.toMatchObject({ code: 'bridge', message: 'frame gone' });
  });
});
