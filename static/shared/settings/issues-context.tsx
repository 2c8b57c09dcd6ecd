/**
 * The issues of the last rejected save (or preview), by canonical path, for every field below the
 * provider: a field asks for its own path and shows those messages next to its control.
 */
import { createContext, useContext } from 'react';
import { messagesAt } from './issue-paths';

/** Issues by canonical path (see `issuesByPath`). */
export const IssuesContext = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

/**
 * The server's messages for the field at `path` (either path spelling).
 *
 * @example
 * const messages = useFieldIssues('slaPolicies.0.goals.resolution.P1');
 */
export function useFieldIssues(path: string): readonly string[] {
  return messagesAt(useContext(IssuesContext), path);
}
