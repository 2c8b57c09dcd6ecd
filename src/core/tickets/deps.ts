import type { Clock, Directory, Ids, Notifier, PulseStore, TicketStore } from '../ports';
import type { Settings } from './external';

/** What every ticket use case needs. `directory` defaults to the agents in the settings. */
export interface TicketDeps {
  store: TicketStore;
  clock: Clock;
  ids: Ids;
  notifier: Notifier;
  settings: Settings;
  directory?: Directory;
}

/** What {@link recordAgentPulse} needs. */
export interface PulseDeps {
  pulses: PulseStore;
  clock: Clock;
  ids: Ids;
}
