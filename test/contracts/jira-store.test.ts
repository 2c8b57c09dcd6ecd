import { installForgeRuntime } from '../fakes/forge-runtime';
import { KvsTicketStore } from '../../src/jira/store/kvs-ticket-store';
import { ticketStoreContract } from './ticket-store.contract';

// Each store gets fresh runtime globals (an empty KVS); the real @forge/kvs client talks to it.
ticketStoreContract('forge-kvs', async () => {
  installForgeRuntime();
  return new KvsTicketStore(() => new Promise((resolve) => setImmediate(resolve)));
});
