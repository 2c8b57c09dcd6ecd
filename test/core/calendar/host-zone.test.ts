import { describe, expect, it } from 'vitest';

/**
 * vitest.config.ts runs this folder twice: project `unit` with TZ=UTC and `core-tz-dst` with
 * TZ=America/New_York. This proves the host zone really differs, so the other tests passing under
 * both projects shows no result depends on the machine's zone.
 */
describe('host time zone per vitest project', () => {
  it('matches the project', ({ task }) => {
    const project = task.file.projectName;
    const julyOffset = new Date('2026-07-01T12:00:00Z').getTimezoneOffset();
    const januaryOffset = new Date('2026-01-01T12:00:00Z').getTimezoneOffset();
    if (project === 'core-tz-dst') {
      expect(process.env.TZ).toBe('America/New_York');
      expect([januaryOffset, julyOffset]).toEqual([300, 240]);
    } else {
      expect(project).toBe('unit');
      expect(process.env.TZ).toBe('UTC');
      expect([januaryOffset, julyOffset]).toEqual([0, 0]);
    }
  });
});
