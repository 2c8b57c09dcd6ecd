/** Agent pulses (the core `PulseStore` port) on SQLite. */
import type { AgentPulse, PulseStore } from '../../core/index';
import type { VentanillaDb } from './database';

export class SqlitePulseStore implements PulseStore {
  constructor(private readonly conn: VentanillaDb) {}

  add(pulse: AgentPulse): Promise<void> {
    return this.conn.write(() => {
      this.conn.db
        .prepare('INSERT OR IGNORE INTO pulses (id, agent_id, score, comment, at) VALUES (?, ?, ?, ?, ?)')
        .run(pulse.id, pulse.agentId, pulse.score, pulse.comment, pulse.at);
    });
  }

  async list(from: string, to: string): Promise<AgentPulse[]> {
    const rows: unknown[] = this.conn.db
      .prepare('SELECT id, agent_id, score, comment, at FROM pulses WHERE at >= ? AND at < ? ORDER BY at, id')
      .all(from, to);
    return rows.map(toPulse);
  }
}

function toPulse(row: unknown): AgentPulse {
  if (typeof row !== 'object' || row === null) throw new Error('pulse row: not an object');
  const { id, agent_id: agentId, score, comment, at } = { id: null, agent_id: null, score: null, comment: null, at: null, ...row };
  if (typeof id !== 'string' || typeof agentId !== 'string' || typeof score !== 'number' || typeof at !== 'string') {
    throw new Error('pulse row: bad columns');
  }
  return { id, agentId, score, comment: typeof comment === 'string' ? comment : null, at };
}
