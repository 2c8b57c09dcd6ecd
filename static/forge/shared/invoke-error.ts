/** The error of a failed resolver call (no @forge/bridge import, so it is usable anywhere). */
import type { ResolverError } from '../../../src/jira/resolvers/contract';

/** A failed call: the resolver's own `{ code, message, issues? }`, or `bridge` / `bad_response`. */
export class InvokeError extends Error {
  readonly code: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(error: ResolverError) {
    super(error.message);
    this.name = 'InvokeError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}
