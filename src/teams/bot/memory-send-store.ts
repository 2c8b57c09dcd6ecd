/** The default {@link SendStore}: in memory, so a crash loses what was queued (ADR 0054). */
import type { OutgoingMessage, SendStore } from './ports';

export class MemorySendStore implements SendStore {
  private readonly messages = new Map<string, OutgoingMessage>();

  add(messages: readonly OutgoingMessage[]): Promise<readonly string[]> {
    const added: string[] = [];
    for (const message of messages) {
      if (this.messages.has(message.id)) continue;
      this.messages.set(message.id, message);
      added.push(message.id);
    }
    return Promise.resolve(added);
  }

  remove(id: string): Promise<void> {
    this.messages.delete(id);
    return Promise.resolve();
  }

  pending(): Promise<OutgoingMessage[]> {
    return Promise.resolve([...this.messages.values()]);
  }
}
