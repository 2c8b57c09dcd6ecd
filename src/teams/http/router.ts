/** Matches a method and path against the route table: 404 when no path matches, 405 (+Allow) when only the method differs. */
import type { Route } from './route';
import { splitPath } from './route';
import { httpError } from './http-error';

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/**
 * The route for `method` `pathname`, or throws HttpError 404/405.
 *
 * @example
 * matchRoute(routes, 'GET', '/api/tickets/t-1'); // { route, params: { id: 't-1' } }
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match {
  const segments = splitPath(pathname);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchSegments(route.segments, segments);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  if (allowed.length > 0) {
    const allow = [...new Set(allowed)].join(', ');
    throw httpError(405, 'method_not_allowed', { method, allowed: allow }, { Allow: allow });
  }
  throw httpError(404, 'not_found');
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] ?? '';
    const a = actual[i] ?? '';
    if (p.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(a);
      } catch {
        return null;
      }
      params[p.slice(1)] = decoded;
    } else if (p !== a) return null;
  }
  return params;
}
