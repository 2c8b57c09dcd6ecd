/** The Forge module context, parsed into what the apps need (pure: no @forge/bridge import). */
import { z } from 'zod';
import { resolveLocale, type Locale } from '../../../src/core/index';

/** What the apps need from the Forge context. */
export interface ForgeEnv {
  locale: Locale;
  accountId: string | null;
  /** The viewer's time zone (Jira profile), for showing instants. */
  timeZone: string | undefined;
  issueId: string | null;
  issueKey: string | null;
  projectId: string | null;
  projectKey: string | null;
}

const idSchema = z.union([z.string(), z.number()]).transform(String);

/** The parts of Forge's `FullContext` the apps read (everything else is ignored). */
export const forgeContextSchema = z.looseObject({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
  extension: z
    .looseObject({
      issue: z.looseObject({ id: idSchema.optional(), key: z.string().optional() }).optional(),
      project: z.looseObject({ id: idSchema.optional(), key: z.string().optional() }).optional(),
    })
    .optional(),
});

/**
 * Maps a raw Forge context to {@link ForgeEnv}.
 *
 * @example
 * toForgeEnv({ locale: 'en-US', extension: { issue: { id: '10001', key: 'PQ-1' } } }).issueId; // '10001'
 */
export function toForgeEnv(raw: unknown): ForgeEnv {
  const ctx = forgeContextSchema.parse(raw ?? {});
  return {
    locale: resolveLocale(ctx.locale),
    accountId: ctx.accountId ?? null,
    timeZone: ctx.timezone,
    issueId: ctx.extension?.issue?.id ?? null,
    issueKey: ctx.extension?.issue?.key ?? null,
    projectId: ctx.extension?.project?.id ?? null,
    projectKey: ctx.extension?.project?.key ?? null,
  };
}
