/**
 * The core names the Teams service boundary uses, in one place (adapters import the core only
 * through `src/core/index.ts`). Where the core does not export a name yet, a structural stand-in
 * lives here until it does.
 */
export type {
  Locale, PqrsKind, Priority, Level, Tier, Channel, TicketStatus, IntakeRequest, TicketView,
} from '../../core/index';

/** The admin settings document (core `Settings`); opaque JSON at this boundary. */
export type SettingsDoc = Readonly<Record<string, unknown>>;
/** The metrics JSON (core metrics output): the nine metrics + compliance. */
export type MetricsView = Readonly<Record<string, unknown>>;
/** The what-if preview JSON (core `whatIf` output). */
export type PreviewView = Readonly<Record<string, unknown>>;
