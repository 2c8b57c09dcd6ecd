import { describe, it, expect } from 'vitest';
import { colombiaPreset, validateSettings, parseSettings, whatIf, calendarSpecOf, slaPolicyOf, type Settings } from '../../../src/core/settings/index';

const preset = colombiaPreset();

describe('colombiaPreset', () => {
  it('is a complete, valid settings document', () => {
    const r = validateSettings(preset);
    expect(r).toMatchObject({ ok: true });
  });

  it('has the national holidays (19 in 2026) and the Bogotá office hours', () => {
    const spec = calendarSpecOf(preset, 'bogota');
    expect(spec.timeZone).toBe('America/Bogota');
    expect(spec.holidays?.filter((d) => d.startsWith('2026-'))).toHaveLength(19);
    expect(spec.week.mon).toEqual([{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }]);
    expect(spec.week.sat).toBeUndefined();
  });

  it('pauses on waitingRequester and waitingThirdParty', () => {
    expect(slaPolicyOf(preset, 'default').pauseStatuses).toEqual(['waitingRequester', 'waitingThirdParty']);
  });
});

describe('validateSettings', () => {
  const broken = (patch: (s: Settings) => void): unknown => {
    const s = structuredClone(preset);
    patch(s);
    return s;
  };

  it.each([
    ['a missing calendar name', (s: Settings) => { s.calendars[0]!.name = ''; }, 'calendars[0].name', /calendar name is required/],
    ['an unknown time zone', (s: Settings) => { s.calendars[0]!.spec.timeZone = 'Mars/Olympus'; }, 'calendars[0].spec.timeZone', /Mars/],
    ['overlapping ranges', (s: Settings) => { s.calendars[0]!.spec.week.mon = [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }]; }, 'calendars[0].spec.week.mon[1]', /overlap/],
    ['a bad e-mail', (s: Settings) => { s.agents = [{ id: 'a1', name: 'Ana', email: 'nope', tiers: ['N1'], skills: { types: [], categories: [], languages: ['es'] }, cap: 5, away: false, calendarId: null }]; }, 'agents[0].email', /e-mail/],
    ['a dangling calendarId', (s: Settings) => { s.slaPolicies[0]!.calendarId = 'cali'; }, 'slaPolicies[0].calendarId', /cali/],
    ['no catch-all policy', (s: Settings) => { s.slaPolicies = s.slaPolicies.filter((p) => p.id !== 'default'); }, 'slaPolicies', /catch-all/],
    ['a duplicate policy id', (s: Settings) => { s.slaPolicies[1]!.id = 'consultas'; }, 'slaPolicies[1].id', /duplicate/],
    ['an escalate rule without tier', (s: Settings) => { s.escalationRules.push({ metric: 'resolution', atPercent: 80, action: 'escalate' }); }, 'escalationRules[6].toTier', /toTier/],
    ['an unknown pause status', (s: Settings) => { (s.slaPolicies[0]!.pauseStatuses as string[]).push('lunch'); }, 'slaPolicies[0].pauseStatuses[2]', /status must be one of/],
    ['a misspelt weekday', (s: Settings) => { Object.assign(s.calendars[0]!.spec.week, { monday: [] }); }, 'calendars[0].spec.week', /monday/],
    ['a negative goal', (s: Settings) => { s.slaPolicies[0]!.goals.resolution.P1 = -5; }, 'slaPolicies[0].goals.resolution.P1', /./],
  ])('reports %s with its path', (_name, patch, path, message) => {
    const r = validateSettings(broken(patch));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(r.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('rejects non-objects without throwing; parseSettings throws with the paths', () => {
    expect(validateSettings(null)).toMatchObject({ ok: false });
    expect(() => parseSettings({})).toThrow(/meta/);
  });

  it('the holiday generator fills holidays for other countries too', () => {
    const s = broken((x) => {
      x.calendars.push({ id: 'lima', name: 'Lima', spec: { timeZone: 'America/Lima', week: { mon: [{ start: '09:00', end: '18:00' }] } }, holidayGenerator: { country: 'PE', years: { from: 2026, to: 2026 } } });
    });
    const r = validateSettings(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(calendarSpecOf(r.settings, 'lima').holidays).toContain('2026-07-28');
  });
});

describe('whatIf (admin preview)', () => {
  // Fri 2026-07-10 10:00 Bogotá; P3: first response 4 h, resolution 3 days (21 h)
  const now = new Date('2026-07-10T10:00:00-05:00');

  it('petición media/media on Teams', () => {
    expect(whatIf(preset, { type: 'peticion', impact: 'media', urgency: 'media', channel: 'teams' }, now)).toEqual({
      priority: 'P3',
      policyId: 'default',
      policyName: 'PQRS — política general',
      firstResponseDueAt: new Date('2026-07-10T16:00:00-05:00').toISOString(),
      // Fri 10–12, 14–17 = 5 h; Mon 13 Jul holiday; Tue 7 h, Wed 7 h → 19 h; Thu 08–10 → 21 h
      resolutionDueAt: new Date('2026-07-16T10:00:00-05:00').toISOString(),
      legal: { dueDate: '2026-08-04', dueAt: new Date('2026-08-05T00:00:00-05:00').toISOString() },
    });
  });

  it('first match wins: consultas get their own policy; felicitación has no legal term', () => {
    expect(whatIf(preset, { type: 'consulta', impact: 'alta', urgency: 'alta', channel: 'web' }, now)).toMatchObject({ priority: 'P1', policyId: 'consultas' });
    expect(whatIf(preset, { type: 'felicitacion', impact: 'baja', urgency: 'baja', channel: 'web' }, now)).toMatchObject({ priority: 'P5', legal: null });
  });
});
