/** The seeded demo users of local mode (names and roles for `X-Ventanilla-User`). */
import { z } from 'zod';
import type { LocalUser, LocalUserLookup } from '../auth/local-auth';
import type { RoleGrants } from '../service/identify';
import type { Role } from '../service/types';
import type { VentanillaDb } from './database';

export interface DemoUser extends LocalUser {
  roles: Role[];
  locale: 'es' | 'en';
}

const Row = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.string().transform((s) => z.array(z.enum(['requester', 'agent', 'admin'])).parse(JSON.parse(s))),
  locale: z.enum(['es', 'en']),
});

export class SqliteDemoUsers implements LocalUserLookup, RoleGrants {
  constructor(private readonly conn: VentanillaDb) {}

  async byEmail(email: string): Promise<DemoUser | null> {
    const row: unknown = this.conn.db.prepare('SELECT id, name, email, roles, locale FROM demo_users WHERE email = ?').get(email.toLowerCase());
    return row === undefined ? null : Row.parse(row);
  }

  async rolesFor(email: string): Promise<Role[]> {
    return (await this.byEmail(email))?.roles ?? [];
  }

  async all(): Promise<DemoUser[]> {
    return this.conn.db.prepare('SELECT id, name, email, roles, locale FROM demo_users ORDER BY email').all().map((r) => Row.parse(r));
  }

  /** Inserts the users not there yet. */
  add(users: readonly DemoUser[]): Promise<void> {
    return this.conn.write(() => {
      const insert = this.conn.db.prepare(
        'INSERT OR IGNORE INTO demo_users (email, id, name, roles, locale) VALUES (?, ?, ?, ?, ?)',
      );
      for (const u of users) insert.run(u.email.toLowerCase(), u.id, u.name, JSON.stringify(u.roles), u.locale);
    });
  }
}
