import type { Session } from '../host/session';

/** What every tab receives from the shell. */
export interface TabProps {
  session: Session;
  inTeams: boolean;
}
