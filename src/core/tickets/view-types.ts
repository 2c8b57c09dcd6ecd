import type { Csat, Channel, Requester, TicketHistoryEntry, TicketStatus } from './model';
import type { Level, PqrsKind, Priority, SlaClock, Tier } from './external';
import type { Locale } from '../i18n/index';

/** The API JSON of a ticket: the same in the standalone server and the Forge web trigger. */
export interface TicketView {
  id: string;
  number: string;
  type: PqrsKind;
  status: TicketStatus;
  priority: Priority;
  impact: Level;
  urgency: Level;
  tier: Tier;
  channel: Channel;
  category: string | null;
  locale: Locale;
  legal: {
    dueDate: string;
    dueAt: string;
    termDays: number;
    extensionDays: number;
    extended: boolean;
    /** Can still be extended now (once, before due, by up to `maxExtensionDays`). */
    canExtend: boolean;
    maxExtensionDays: number;
    breached: boolean;
  } | null;
  /** `[firstResponse, resolution]` evaluated at `now`. */
  sla: SlaClock[];
  breached: boolean;
  subject: string;
  description: string;
  requester: Requester;
  assigneeId: string | null;
  receivedAt: string;
  createdAt: string;
  updatedAt: string;
  history: TicketHistoryEntry[];
  csat: Csat | null;
  nextWakeUpAt: string | null;
  version: number;
}
