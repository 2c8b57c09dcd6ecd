/** Routing: round robin, least loaded with caps, skills; agents away or off hours are skipped. */
export type {
  RoutingStrategy, RoutingAgent, RoutingRequest, RoutingReasonCode, RoutingDecision, RoutingInput,
} from './types';
export { route } from './route';
export { isAvailable, hasSkills } from './availability';
export { settingsDirectory } from './directory';
