/** Bot configuration from the environment (the standard Bot Framework variable names). */
import type { BotConfig } from './ports';

/**
 * `MicrosoftAppId`, `MicrosoftAppPassword`, `MicrosoftAppTenantId`, `MicrosoftAppType`
 * (`SingleTenant` by default when an app id is set). Empty values count as absent.
 *
 * @example
 * botConfigFromEnv({ MicrosoftAppId: '', }); // {} → local mode
 */
export function botConfigFromEnv(env: Readonly<Record<string, string | undefined>>): BotConfig {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const config: BotConfig = {};
  const appId = value('MicrosoftAppId');
  if (!appId) return config;
  config.appId = appId;
  const password = value('MicrosoftAppPassword');
  if (password) config.appPassword = password;
  const tenantId = value('MicrosoftAppTenantId');
  if (tenantId) config.tenantId = tenantId;
  const type = value('MicrosoftAppType');
  if (type === 'SingleTenant' || type === 'MultiTenant' || type === 'UserAssignedMSI') config.appType = type;
  else if (type !== undefined) throw new Error(`MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI, got '${type}'`);
  return config;
}
