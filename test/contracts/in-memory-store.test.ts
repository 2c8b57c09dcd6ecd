import { InMemoryTicketStore } from '../fakes/in-memory-ticket-store';
import { ticketStoreContract } from './ticket-store.contract';

ticketStoreContract('in-memory', () => Promise.resolve(new InMemoryTicketStore()));
