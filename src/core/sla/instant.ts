const DIGIT0 = 48;

function digits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - DIGIT0;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

const d2 = (s: string, i: number): number => (s.charCodeAt(i) - DIGIT0) * 10 + s.charCodeAt(i + 1) - DIGIT0;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date-time with an explicit offset (`Z`, `±HH:MM` or `±HHMM`): no host-zone guessing. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The slow path: `Date.parse`, but only for instants that carry their offset. */
function slowParse(s: string): number {
  return WITH_OFFSET.test(s) ? Date.parse(s) : NaN;
}

/**
 * Epoch ms of an ISO-8601 instant `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`, parsed without
 * allocating (a hot path of a sweep over 100k histories); other ISO shapes with an explicit offset
 * go to `Date.parse`. NaN when invalid or when the offset is missing (CONTRACT: times cross the
 * boundary with an offset, so the host's zone never decides).
 *
 * @example
 * parseInstantMs('2026-03-02T08:00:00-05:00'); // 1772456400000
 */
export function parseInstantMs(s: string): number {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return slowParse(s);
  if (!digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10) || !digits(s, 11, 13) || !digits(s, 14, 16)) return slowParse(s);
  const y = d2(s, 0) * 100 + d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  let i = 16;
  let sec = 0;
  let msec = 0;
  if (s.charCodeAt(i) === 58) {
    if (!digits(s, i + 1, i + 3)) return slowParse(s);
    sec = d2(s, i + 1);
    i += 3;
    if (s.charCodeAt(i) === 46) {
      i++;
      const start = i;
      while (i < n && digits(s, i, i + 1)) i++;
      if (i === start) return slowParse(s);
      const frac = s.slice(start, Math.min(i, start + 3)).padEnd(3, '0');
      msec = Number(frac);
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > (MONTH_DAYS[mo - 1] ?? 0) || h > 23 || mi > 59 || sec > 59) return slowParse(s);
  let off = 0;
  const c = s.charCodeAt(i);
  if (c === 90 && i === n - 1) {
    // 'Z': UTC
  } else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58 && digits(s, i + 1, i + 3) && digits(s, i + 4, i + 6)) {
    off = (d2(s, i + 1) * 60 + d2(s, i + 4)) * (c === 43 ? 1 : -1);
  } else return slowParse(s);
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return slowParse(s);
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - off) * 60_000 + sec * 1000 + msec;
}
