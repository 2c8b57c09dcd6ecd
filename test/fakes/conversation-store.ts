import type {
  ConversationReferenceJson, ConversationScope, ConversationStore,
} from '../../src/teams/bot/ports';

/** In-memory {@link ConversationStore} (the server's is SQLite). Counts writes for the tests. */
export class InMemoryConversationStore implements ConversationStore {
  readonly rows = new Map<string, ConversationReferenceJson>();
  writes = 0;

  private static id(scope: ConversationScope, key: string): string {
    return `${scope}\u0000${key}`;
  }

  async save(scope: ConversationScope, key: string, reference: ConversationReferenceJson): Promise<void> {
    this.writes += 1;
    this.rows.set(InMemoryConversationStore.id(scope, key), structuredClone(reference));
  }

  async get(scope: ConversationScope, key: string): Promise<ConversationReferenceJson | null> {
    const row = this.rows.get(InMemoryConversationStore.id(scope, key));
    return row === undefined ? null : structuredClone(row);
  }

  async list(scope: ConversationScope): Promise<{ key: string; reference: ConversationReferenceJson }[]> {
    const prefix = `${scope}\u0000`;
    return [...this.rows.entries()]
      .filter(([id]) => id.startsWith(prefix))
      .map(([id, reference]) => ({ key: id.slice(prefix.length), reference: structuredClone(reference) }));
  }

  async delete(scope: ConversationScope, key: string): Promise<void> {
    this.rows.delete(InMemoryConversationStore.id(scope, key));
  }
}
