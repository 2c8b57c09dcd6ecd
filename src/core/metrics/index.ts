/** Help-desk metrics (each formula in its TSDoc) and the semiannual PQRS report. */
export type { MetricsInput, Ratio } from './types';
export { ratio } from './types';
export { windowOf, statusAt, quantile, type WindowInstants } from './window';
export { factsOf, type TicketFacts } from './facts';
export { ticketVolume } from './volume';
export { fulfilment } from './fulfilment';
export { agentUtilisation } from './utilisation';
export { firstResponseTime } from './first-response';
export { firstContactResolution } from './first-contact';
export { backlog, type AgeBucket } from './backlog';
export { csat } from './csat';
export { agentSatisfaction } from './agent-satisfaction';
export { compliance, type Compliance, type ComplianceRow } from './compliance';
export { helpDeskMetrics, type HelpDeskMetrics } from './help-desk-metrics';
export { semiannualReport, REPORT_COLUMNS, type SemiannualReport } from './semiannual-report';
export { csvField, toCsv } from './csv';
