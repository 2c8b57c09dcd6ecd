import { fileTicket, type Result, type Ticket } from '../../../src/core/index';
import { anIntake, REQUESTER, type TestDeps } from '../../fakes/builders';
import type { IntakeRequest } from '../../../src/core/index';

/** The value of a successful result; fails the test otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code} ${JSON.stringify(r.error.params)}`);
  return r.value;
}

/** The error code of a failed result, or 'ok'. */
export function codeOf<T>(r: Result<T>): string {
  return r.ok ? 'ok' : r.error.code;
}

/** Files one request at the deps' clock. */
export async function fileOne(deps: TestDeps, request: Partial<IntakeRequest> = {}, intakeKey = 'k-1'): Promise<Ticket> {
  return value(await fileTicket(deps, { intakeKey, request: anIntake(request), actor: REQUESTER }));
}
