/**
 * A deliberately naive oracle for the scenario test: walks minute by minute over the Bogotá
 * office calendar (UTC−5, no DST; 08–12 and 14–17 Mon–Fri; given holidays), counting the minutes
 * the ticket is not paused, and reports the instant each threshold (% of the goal in force) is
 * reached. Independent of the core's interval arithmetic.
 */
const BOGOTA_OFFSET_MS = -5 * 3600_000;

function isOpenMinute(ms: number, holidays: Set<string>): boolean {
  const local = new Date(ms + BOGOTA_OFFSET_MS);
  const day = local.getUTCDay();
  if (day === 0 || day === 6) return false;
  if (holidays.has(local.toISOString().slice(0, 10))) return false;
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return (minutes >= 8 * 60 && minutes < 12 * 60) || (minutes >= 14 * 60 && minutes < 17 * 60);
}

export interface OracleInput {
  start: string;
  until: string;
  holidays: string[];
  pauses: { from: string; to: string }[];
  /** Goal (business minutes) in force from each instant on (first entry at `start`). */
  goals: { from: string; goal: number }[];
  percents: number[];
}

/** `{ percent → ISO instant }` for every threshold reached before `until`. */
export function thresholdInstants(input: OracleInput): Map<number, string> {
  const holidays = new Set(input.holidays);
  const out = new Map<number, string>();
  const goalAt = (ms: number) => [...input.goals].reverse().find((g) => Date.parse(g.from) <= ms)?.goal ?? Number.POSITIVE_INFINITY;
  const paused = (ms: number) => input.pauses.some((p) => ms >= Date.parse(p.from) && ms < Date.parse(p.to));
  let elapsed = 0;
  for (let ms = Date.parse(input.start); ms < Date.parse(input.until); ms += 60_000) {
    // thresholds crossed by a goal change at this instant
    for (const p of input.percents) if (!out.has(p) && elapsed >= (goalAt(ms) * p) / 100 && !paused(ms)) out.set(p, new Date(ms).toISOString());
    if (isOpenMinute(ms, holidays) && !paused(ms)) elapsed++;
    for (const p of input.percents) if (!out.has(p) && elapsed >= (goalAt(ms + 60_000) * p) / 100) out.set(p, new Date(ms + 60_000).toISOString());
  }
  return out;
}
