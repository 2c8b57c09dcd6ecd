/**
 * Small helpers over `@forge/kvs`: keys that satisfy Forge's key rules, and a "claim" (create a
 * key only if absent) that does not depend on the undocumented error code of `FAIL_IF_EXISTS`:
 * after any failed attempt it re-reads the key to tell "taken" from a real error (ADR 0032).
 */
import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';

/** A key-safe digest of arbitrary text (intake keys may contain any character). */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Creates `key` with `value` unless it exists. Returns true when this call created it.
 *
 * @example
 * if (await claim(`seq:2026:${n}`, ticketId)) { ... }
 */
export async function claim(key: string, value: unknown, ttlSeconds?: number): Promise<boolean> {
  try {
    await kvs.set(key, value, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ...(ttlSeconds === undefined ? {} : { ttl: { value: ttlSeconds, unit: 'SECONDS' as const } }),
    });
    return true;
  } catch (error) {
    if ((await kvs.get(key)) !== undefined) return false;
    throw error;
  }
}
