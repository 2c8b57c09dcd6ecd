/**
 * zod schema of a {@link CalendarSpec}: every rule the engine relies on, with messages that name the
 * field. @internal
 */
import { z } from 'zod';
import { dayNumberOrNull } from './local-date';
import { isKnownTimeZone } from './zone';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes after local midnight of `'HH:MM'` (`'24:00'` → 1440), or NaN when malformed. */
export function minutesOf(hhmm: string): number {
  if (hhmm === '24:00') return 1440;
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** Epoch ms of an ISO-8601 instant with an explicit offset (`Z` or `±HH:MM`), or NaN. */
export function instantOf(iso: string): number {
  return INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
}

const timeRange = z.strictObject({
  start: z.string().regex(HHMM, "start must be 'HH:MM' between 00:00 and 23:59"),
  end: z.string().refine((v) => v === '24:00' || HHMM.test(v), "end must be 'HH:MM' between 00:01 and 24:00"),
});

const dayRanges = z.array(timeRange).superRefine((ranges, ctx) => {
  const ok: { i: number; s: number; e: number }[] = [];
  ranges.forEach((r, i) => {
    const s = minutesOf(r.start);
    const e = minutesOf(r.end);
    if (Number.isNaN(s) || Number.isNaN(e)) return;
    if (s >= e) ctx.addIssue({ code: 'custom', path: [i, 'end'], message: `end ${r.end} must be after start ${r.start}` });
    else ok.push({ i, s, e });
  });
  ok.sort((a, b) => a.s - b.s);
  for (let k = 1; k < ok.length; k++) {
    const a = ok[k - 1];
    const b = ok[k];
    if (a !== undefined && b !== undefined && b.s < a.e) {
      ctx.addIssue({ code: 'custom', path: [b.i], message: `range overlaps range ${a.i} of the same day` });
    }
  }
});

const closure = z
  .strictObject({
    from: z.string().refine((v) => !Number.isNaN(instantOf(v)), 'from must be an ISO-8601 instant with offset, e.g. 2026-12-24T12:00:00-05:00'),
    to: z.string().refine((v) => !Number.isNaN(instantOf(v)), 'to must be an ISO-8601 instant with offset, e.g. 2026-12-24T17:00:00-05:00'),
  })
  .superRefine((c, ctx) => {
    const f = instantOf(c.from);
    const t = instantOf(c.to);
    if (!Number.isNaN(f) && !Number.isNaN(t) && f >= t) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from' });
  });

export const calendarSpecSchema = z.strictObject({
  timeZone: z.string().refine(isKnownTimeZone, { error: (iss) => `unknown IANA time zone '${String(iss.input)}'` }),
  week: z.strictObject({
    mon: dayRanges.optional(), tue: dayRanges.optional(), wed: dayRanges.optional(), thu: dayRanges.optional(),
    fri: dayRanges.optional(), sat: dayRanges.optional(), sun: dayRanges.optional(),
  }),
  holidays: z.array(z.string().refine((v) => dayNumberOrNull(v) !== null, "must be a real date 'YYYY-MM-DD'")).optional(),
  closures: z.array(closure).optional(),
});

/** Formats a zod issue path as `week.mon[1].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(spec)' : out;
}
