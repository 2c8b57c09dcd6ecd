import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/teams/config';

describe('loadConfig', () => {
  it('defaults: local mode on 127.0.0.1:3978, ./data/ventanilla.db, seeding on', () => {
    expect(loadConfig({}, [])).toMatchObject({ port: 3978, host: '127.0.0.1', dbPath: './data/ventanilla.db', entra: null, seed: true });
  });

  it('--no-seed turns seeding off; PORT and VENTANILLA_DB are read', () => {
    expect(loadConfig({ PORT: '4000', VENTANILLA_DB: '/tmp/x.db' }, ['--no-seed'])).toMatchObject({ port: 4000, dbPath: '/tmp/x.db', seed: false });
  });

  it.each(['0.0.0.0', '192.168.1.20', '::'])('local mode refuses the public host %s', (host) => {
    expect(() => loadConfig({ HOST: host }, [])).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: host }, [], 'en')).toThrow(/refused to listen/);
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('local mode accepts the loopback host %s', (host) => {
    expect(loadConfig({ HOST: host }, []).host).toBe(host);
  });

  it('Entra mode needs a tenant and a secret or certificate; then any host is allowed', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app' }, [])).toThrow(/TENANT/);
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TENANT_ID: 't' }, [])).toThrow(/PASSWORD|CERTIFICATE/);
    const config = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppTenantId: 't', MicrosoftAppPassword: 'p', HOST: '0.0.0.0' }, []);
    expect(config.entra).toMatchObject({ appId: 'app', tenantId: 't' });
    expect(config.host).toBe('0.0.0.0');
  });
});
