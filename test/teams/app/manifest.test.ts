import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPackageFiles } from '../../../scripts/teams-package';
import { fillTemplate, manifestValuesFromEnv } from '../../../scripts/teams/manifest';
import { decodeSimplePng, encodePng, readPngHeader } from '../../../scripts/teams/png';
import { validatePackage } from '../../../scripts/teams/validate';

const APP_DIR = join(import.meta.dirname, '..', '..', '..', 'teams-app');
const ENV = {
  TEAMS_APP_ID: '3f0b8a2e-6c1d-4e55-9a8b-2d7c1e4f5a60',
  MICROSOFT_APP_ID: '8c1e0d7a-4b2f-4c3a-9e6d-1f2a3b4c5d6e',
  VENTANILLA_PUBLIC_HOST: 'ventanilla.example.com',
};

function files(): Map<string, Buffer> {
  return buildPackageFiles(ENV);
}
const json = (bytes: Buffer | undefined): Record<string, unknown> => JSON.parse(bytes?.toString('utf8') ?? 'null');

/** A package with one file changed. */
function mutated(name: string, change: (value: Record<string, unknown>) => void): Map<string, Buffer> {
  const out = files();
  const value = json(out.get(name));
  change(value);
  out.set(name, Buffer.from(JSON.stringify(value)));
  return out;
}

describe('teams-app package, validated offline against the schemas bundled in @microsoft/app-manifest', () => {
  it('the filled manifest, es/en localization and icons are valid', async () => {
    expect(await validatePackage(files())).toEqual([]);
    expect(json(files().get('manifest.json'))).toMatchObject({ manifestVersion: '1.25', id: ENV.TEAMS_APP_ID, bots: [{ botId: ENV.MICROSOFT_APP_ID }] });
  });

  const broken: { name: string; pkg: () => Map<string, Buffer>; error: string }[] = [
    { name: 'short name too long', pkg: () => mutated('manifest.json', (m) => { m.name = { short: 'x'.repeat(31), full: 'x' }; }), error: '/name/short must NOT have more than 30 characters' },
    { name: 'bot id not a GUID', pkg: () => mutated('manifest.json', (m) => { m.bots = [{ botId: 'not-a-guid', scopes: ['personal'] }]; }), error: '/bots/0/botId must match pattern' },
    { name: 'configurable tab in personal scope', pkg: () => mutated('manifest.json', (m) => { m.configurableTabs = [{ configurationUrl: 'https://ventanilla.example.com/x', scopes: ['personal'] }]; }), error: '/configurableTabs/0/scopes/0 must be equal to one of the allowed values' },
    { name: 'accent colour missing', pkg: () => mutated('manifest.json', (m) => { delete m.accentColor; }), error: 'accentColor' },
    { name: 'English file without description.full', pkg: () => mutated('en.json', (l) => { delete l['description.full']; }), error: "localization en.json:  must have required property 'description.full'" },
    { name: 'unknown localization key', pkg: () => mutated('es.json', (l) => { l['staticTabs[20].name'] = 'x'; }), error: 'localization es.json:  must NOT have additional properties' },
    { name: 'tab host not in validDomains', pkg: () => mutated('manifest.json', (m) => { m.validDomains = ['other.example.com']; }), error: 'validDomains: ventanilla.example.com not listed' },
    {
      name: 'outline icon 64×64', error: 'icons: outline.png must be 32x32, got 64x64',
      pkg: () => { const p = files(); p.set('outline.png', encodePng({ width: 64, height: 64, rgba: new Uint8Array(64 * 64 * 4) })); return p; },
    },
    { name: 'colour icon missing', pkg: () => { const p = files(); p.delete('color.png'); return p; }, error: 'icons: color.png is missing' },
  ];
  it.each(broken)('$name → "$error"', async ({ pkg, error }) => {
    const errors = await validatePackage(pkg());
    expect(errors.join('\n')).toContain(error);
  });
});

describe('icons (checked from the PNG bytes)', () => {
  const color = readFileSync(join(APP_DIR, 'color.png'));
  const outline = readFileSync(join(APP_DIR, 'outline.png'));

  it('colour 192×192 and outline 32×32, both 8-bit RGBA', () => {
    expect(readPngHeader(color)).toEqual({ width: 192, height: 192, bitDepth: 8, colorType: 6 });
    expect(readPngHeader(outline)).toEqual({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
  });

  it('the outline is white on a transparent background; the colour icon is opaque', () => {
    const o = decodeSimplePng(outline);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => Array.from(o.rgba.subarray(i * 4, i * 4 + 4)));
    expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255 && a === 255))).toBe(true);
    expect(pixels[0]?.[3]).toBe(0);
    expect(pixels.filter((p) => p[3] === 255).length).toBeGreaterThan(50);
    const c = decodeSimplePng(color);
    expect(Array.from({ length: 192 * 192 }, (_, i) => c.rgba[i * 4 + 3]).every((a) => a === 255)).toBe(true);
  });
});

describe('template and packaging', () => {
  it('Spanish is the manifest language: es.json repeats its strings; en.json translates the same keys', () => {
    const es = json(files().get('es.json'));
    const en = json(files().get('en.json'));
    const manifest = json(files().get('manifest.json'));
    expect(es['name.short']).toBe(Reflect.get(Object(manifest.name), 'short'));
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    expect(en['description.short']).not.toBe(es['description.short']);
  });

  it('every placeholder needs a value', () => {
    expect(() => fillTemplate('${{A}} ${{B}}', { A: 'x' })).toThrow('no value for B');
    expect(fillTemplate('${{A}}-${{A}}', { A: 'x' })).toBe('x-x');
  });

  it('environment values are checked, all problems at once; SSO defaults to the bot id', () => {
    expect(() => manifestValuesFromEnv({}, '1.0.0')).toThrow(/TEAMS_APP_ID[\s\S]*BOT_ID[\s\S]*PUBLIC_HOST/);
    expect(manifestValuesFromEnv({ ...ENV, VENTANILLA_PUBLIC_HOST: 'https://ventanilla.example.com/' }, '1.2.3')).toMatchObject({
      PUBLIC_HOST: 'ventanilla.example.com',
      SSO_CLIENT_ID: ENV.MICROSOFT_APP_ID,
      SSO_RESOURCE: `api://ventanilla.example.com/${ENV.MICROSOFT_APP_ID}`,
      APP_VERSION: '1.2.3',
    });
  });

  it('the zip holds the five files at its root', () => {
    const zip = zipSync(Object.fromEntries([...files()].map(([n, b]) => [n, new Uint8Array(b)])));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['color.png', 'en.json', 'es.json', 'manifest.json', 'outline.png']);
  });
});
