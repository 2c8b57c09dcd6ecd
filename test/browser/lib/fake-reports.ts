/**
 * A Reports port double for the dashboard test: fixed metrics in the shape of the core's
 * `helpDeskMetrics` and a fixed CSV, so the test asserts what the tab shows, not the arithmetic
 * (which the core's own tests cover).
 */
import type { Reports } from '../../../src/teams/service/reports';

const ratio = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const complianceRow = (received: number) => ({ received, sla: ratio(9, 10), legal: ratio(19, 20) });

export const FAKE_METRICS = {
  window: { from: '2025-09-01', to: '2026-03-02', start: '2025-09-01T05:00:00.000Z', end: '2026-03-02T14:00:00.000Z' },
  volume: { total: 42, byChannel: { teams: 30, web: 10, email: 2, jira: 0, phone: 0, verbal: 0, api: 0 } },
  fulfilment: { resolvedRate: ratio(35, 42), withinSla: ratio(30, 35) },
  utilisation: { 'demo-agente-n1': ratio(12, 40) },
  firstResponse: { count: 40, medianMs: 5_400_000, p90Ms: 14_400_000 },
  firstContactResolution: ratio(20, 35),
  backlog: { total: 7, byAge: { lt1d: 2, '1to3d': 3, '3to7d': 1, '7to15d': 1, gte15d: 0 } },
  csat: { satisfied: ratio(25, 30), average: 4.3, responseRate: ratio(30, 35) },
  agentSatisfaction: { average: 3.9, participation: ratio(3, 4), responses: 12 },
  compliance: { overall: complianceRow(42), byType: { peticion: complianceRow(30) }, byPriority: {}, byChannel: {} },
} as const;

export const FAKE_CSV = 'Tipo,Recibidas,Resueltas\r\nPetición,30,28\r\n';

export const fakeReports: Reports = {
  metrics: async () => ({ ok: true, value: FAKE_METRICS }),
  semiannualCsv: async () => ({ ok: true, value: FAKE_CSV }),
};
