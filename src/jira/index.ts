/**
 * Forge entry points: exactly the handlers named in manifest.yml (`jira/index.<export>`).
 * Each invocation gets a fresh context with the system clock.
 */
import { createHandlers } from './handlers';
import { makeContext } from './service/context';

const handlers = createHandlers(() => makeContext());

export const intake = handlers.intake;
export const onIssueEvent = handlers.onIssueEvent;
export const sweep = handlers.sweep;
export const escalate = handlers.escalate;
export const resolver = handlers.resolver;
