/**
 * Marks the async work of "filing a ticket in this turn": the turn answers with the
 * acknowledgement card itself, so the notifier skips the `ticketFiled` notification the use case
 * raises inside that work (else the requester would get the news twice).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class FilingScope {
  private readonly storage = new AsyncLocalStorage<true>();

  /** Runs `fn` inside the scope. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.storage.run(true, fn);
  }

  /** True while running inside {@link run}. */
  active(): boolean {
    return this.storage.getStore() === true;
  }
}
