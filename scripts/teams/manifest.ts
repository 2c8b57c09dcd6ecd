/**
 * The Teams app manifest template (teams-app/manifest.json) filled from the environment, and the
 * offline checks the packaging and the tests run on it.
 */
import { z } from 'zod';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;

/** What the template needs. */
export const ManifestValuesSchema = z.object({
  TEAMS_APP_ID: z.string().regex(GUID, 'TEAMS_APP_ID must be a GUID'),
  BOT_ID: z.string().regex(GUID, 'MICROSOFT_APP_ID (bot id) must be a GUID'),
  PUBLIC_HOST: z.string().regex(HOST, 'VENTANILLA_PUBLIC_HOST must be a host name such as ventanilla.example.com'),
  SSO_CLIENT_ID: z.string().regex(GUID),
  SSO_RESOURCE: z.string().min(1),
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/),
});
export type ManifestValues = z.infer<typeof ManifestValuesSchema>;

/**
 * The values from environment variables: `TEAMS_APP_ID`, `MICROSOFT_APP_ID` (or `MicrosoftAppId`),
 * `VENTANILLA_PUBLIC_HOST`, optional `SSO_CLIENT_ID` (default: the bot id) and
 * `MICROSOFT_APP_ID_URI` (default `api://{host}/{client id}`). Throws with every problem listed.
 *
 * @example
 * manifestValuesFromEnv({ TEAMS_APP_ID: '…', MICROSOFT_APP_ID: '…', VENTANILLA_PUBLIC_HOST: 'pqrs.example.com' }, '1.0.0');
 */
export function manifestValuesFromEnv(env: Readonly<Record<string, string | undefined>>, version: string): ManifestValues {
  const v = (name: string) => env[name]?.trim() || undefined;
  const botId = v('MICROSOFT_APP_ID') ?? v('MicrosoftAppId') ?? '';
  const host = (v('VENTANILLA_PUBLIC_HOST') ?? '').replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const ssoClientId = v('SSO_CLIENT_ID') ?? botId;
  const parsed = ManifestValuesSchema.safeParse({
    TEAMS_APP_ID: v('TEAMS_APP_ID') ?? '',
    BOT_ID: botId,
    PUBLIC_HOST: host,
    SSO_CLIENT_ID: ssoClientId,
    SSO_RESOURCE: v('MICROSOFT_APP_ID_URI') ?? `api://${host}/${ssoClientId}`,
    APP_VERSION: version,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return parsed.data;
}

/** Replaces every `${{NAME}}` in the template text; an unknown placeholder is an error. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const missing = new Set<string>();
  const out = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) missing.add(name);
    return value ?? '';
  });
  if (missing.size > 0) throw new Error(`manifest template: no value for ${[...missing].join(', ')}`);
  return out;
}
