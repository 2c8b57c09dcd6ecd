export * from './types';
export * from './legal-terms';
export { legalDeadline, type LegalDue } from './legal-deadline';
export * from './suspension';
export * from './extension';
export * from './radicado';
export * from './acknowledgement';
export * from './suspension-events';
