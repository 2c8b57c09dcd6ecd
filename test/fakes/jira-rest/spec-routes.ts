/**
 * The (method, path template) pairs Jira Cloud's published REST spec
 * (/work/shared/reference/jira-platform-openapi.json) defines, so the fake answers only
 * requests that exist in the real API.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SPEC_PATH = '/work/shared/reference/jira-platform-openapi.json';
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

export interface SpecRoute {
  method: string;
  template: string;
  regex: RegExp;
  /** Literal characters in the template: the most specific match wins. */
  literal: number;
}

let cache: SpecRoute[] | null = null;

/** All routes of the spec (parsed once per process). */
export function specRoutes(): SpecRoute[] {
  if (cache) return cache;
  const spec = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) }).parse(
    JSON.parse(readFileSync(SPEC_PATH, 'utf8')),
  );
  const routes: SpecRoute[] = [];
  for (const [template, ops] of Object.entries(spec.paths)) {
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    const regex = new RegExp(`^${source}$`);
    const literal = template.replace(/\{[^}]+\}/g, '').length;
    for (const m of METHODS) if (m in ops) routes.push({ method: m.toUpperCase(), template, regex, literal });
  }
  cache = routes.sort((a, b) => b.literal - a.literal);
  return cache;
}

/** The spec template matching `method path`, or null when the real API has no such operation. */
export function matchSpec(method: string, path: string): string | null {
  const route = specRoutes().find((r) => r.method === method.toUpperCase() && r.regex.test(path));
  return route ? route.template : null;
}
