/**
 * Ventanilla core — the public contract (see shared/CONTRACT.md) plus the domain model the
 * adapters use. Pure TypeScript: no I/O, no platform imports, time is always passed in.
 * Each module owns its barrel; this file only re-exports them.
 */
export * from './calendar/index';
export * from './holidays/index';
export * from './pqrs/index';
export * from './priority/index';
export * from './sla/index';
export * from './escalation/index';
export * from './settings/index';
export * from './routing/index';
export * from './metrics/index';
export * from './tickets/index';
export * from './i18n/index';
