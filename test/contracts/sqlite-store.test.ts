import { afterEach } from 'vitest';
import { VentanillaDb } from '../../src/teams/store/database';
import { SqliteTicketStore } from '../../src/teams/store/sqlite-ticket-store';
import { ticketStoreContract } from './ticket-store.contract';

const open: VentanillaDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

ticketStoreContract('SqliteTicketStore', () => {
  const db = new VentanillaDb(':memory:');
  open.push(db);
  return new SqliteTicketStore(db);
});
