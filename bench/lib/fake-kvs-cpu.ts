/** CPU spent inside the in-memory KVS server of a Forge harness, so benches can report it apart. */
import type { ForgeHarness } from '../../test/fakes/forge-runtime';

/**
 * Wraps `h.kvs.handle` to add up the CPU of every request it serves (its JSON parsing, index
 * scans, cloning). Returns a reader of the total so far, in milliseconds.
 */
export function meterFakeKvs(h: ForgeHarness): () => number {
  let us = 0;
  const handle = h.kvs.handle.bind(h.kvs);
  h.kvs.handle = (path, init) => {
    const c = process.cpuUsage();
    const res = handle(path, init);
    const d = process.cpuUsage(c);
    us += d.user + d.system;
    return res;
  };
  return () => us / 1000;
}
