/** One SLA clock: state, remaining business time ticking every second, due or breach instant, goal. */
import { useMemo } from 'react';
import type { WireSlaClock } from '../../../../src/jira/resolvers/contract';
import { formatInstant } from '../../../shared/format/date';
import { formatBusinessDuration } from '../../../shared/format/duration';
import { useNow } from '../../../shared/hooks/use-now';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { formatBusinessTime } from '../../shared/format';
import { Lozenge, type LozengeAppearance } from '../../shared/ui';
import { liveRemainingMs, panelCalendar, toneOf } from '../../../shared/format/live-clock';

const STATE_LOZENGE: Record<WireSlaClock['state'], LozengeAppearance> = {
  running: 'inprogress', paused: 'moved', met: 'success', breached: 'removed',
};

export function SlaClockCard({ clock, serverNow, calendar, timeZone }: {
  clock: WireSlaClock; serverNow: string; calendar: unknown; timeZone: string | undefined;
}) {
  const { locale, tr } = useI18n();
  const now = useNow();
  const cal = useMemo(() => panelCalendar(calendar), [calendar]);
  const remaining = liveRemainingMs(clock, new Date(serverNow), now, cal);
  const tone = toneOf(clock, remaining);
  const duration = formatBusinessTime(remaining, locale);
  return (
    <section className="fx-card" style={{ flex: '1 1 220px' }} data-testid={`clock-${clock.metric}`} data-state={clock.state}>
      <h3>
        {labelOf(locale, 'sla', clock.metric)}{' '}
        <Lozenge appearance={STATE_LOZENGE[clock.state]} testId={`clock-${clock.metric}-state`}>{tr(`forgeUi.panel.state.${clock.state}`)}</Lozenge>
      </h3>
      <p className="fx-remaining" role="timer" data-tone={tone} data-testid={`clock-${clock.metric}-remaining`}>
        {clock.state === 'met'
          ? tr('forgeUi.panel.clock.metIn', { duration: formatBusinessDuration(clock.elapsedMs, locale) })
          : remaining < 0 ? tr('forgeUi.panel.clock.overdue', { duration }) : tr('forgeUi.panel.clock.remaining', { duration })}
      </p>
      {clock.dueAt !== null && clock.state === 'running' && (
        <p className="fx-subtle">{tr('forgeUi.panel.clock.dueAt', { at: formatInstant(clock.dueAt, locale, timeZone) })}</p>
      )}
      {clock.breachedAt !== null && (
        <p className="fx-danger-text">{tr('forgeUi.panel.clock.breachedAt', { at: formatInstant(clock.breachedAt, locale, timeZone) })}</p>
      )}
      <p className="fx-subtlest">{tr('forgeUi.panel.clock.goal', { duration: formatBusinessDuration(clock.goalMs, locale) })}</p>
    </section>
  );
}
