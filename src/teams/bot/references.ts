/**
 * Conversation references as plain JSON: what the bot stores to message people later, and the
 * zod schema that reads them back (the shape is the same in botbuilder and the Agents SDK).
 */
import { z } from 'zod';
import type { ConversationReferenceJson } from './ports';

const Account = z.looseObject({ id: z.string().min(1), name: z.string().default('') });

/** A stored reference, parsed (unknown extra fields are kept). */
export const StoredReferenceSchema = z.looseObject({
  activityId: z.string().optional(),
  user: Account.optional(),
  bot: Account,
  conversation: z.looseObject({
    id: z.string().min(1),
    name: z.string().default(''),
    isGroup: z.boolean().default(false),
    conversationType: z.string().default('personal'),
    tenantId: z.string().optional(),
  }),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  locale: z.string().optional(),
});
export type StoredReference = z.infer<typeof StoredReferenceSchema>;

/** A reference as JSON text (drops `undefined`s and class instances). */
export function referenceText(reference: unknown): string {
  return JSON.stringify(reference ?? {});
}

/** JSON text of a reference back to the object the store keeps. */
export function toReferenceJson(text: string): ConversationReferenceJson {
  const parsed = z.record(z.string(), z.unknown()).safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error('conversation reference is not an object');
  return parsed.data;
}

/** Reads a stored reference back; null when it is not one (logged by the caller). */
export function parseReference(json: ConversationReferenceJson): StoredReference | null {
  const parsed = StoredReferenceSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Rate-limit key of a conversation. */
export function conversationKey(reference: StoredReference): string {
  return `${reference.serviceUrl}|${reference.conversation.id}`;
}

/** Rate-limit key of the app in a tenant (Teams counts 50/s per app per tenant). */
export function tenantKey(appId: string, reference: StoredReference): string {
  return `${appId || 'anonymous'}|${reference.conversation.tenantId ?? 'no-tenant'}`;
}

/**
 * Saves references, skipping writes when the same key already holds the same JSON (every message
 * refreshes the reference; most turns change nothing).
 */
export class ReferenceWriter {
  private readonly last = new Map<string, string>();

  constructor(
    private readonly save: (scope: 'user' | 'channel', key: string, reference: ConversationReferenceJson) => Promise<void>,
    private readonly maxCached = 10_000,
  ) {}

  /** Saves `text` (a reference as JSON text) unless the key already holds exactly that. */
  async write(scope: 'user' | 'channel', key: string, text: string): Promise<void> {
    const id = `${scope}\u0000${key}`;
    if (this.last.get(id) === text) return;
    await this.save(scope, key, toReferenceJson(text));
    if (this.last.size >= this.maxCached) this.last.clear();
    this.last.set(id, text);
  }

  forget(scope: 'user' | 'channel', key: string): void {
    this.last.delete(`${scope}\u0000${key}`);
  }
}
