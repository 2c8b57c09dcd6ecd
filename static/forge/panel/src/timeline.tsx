/** The ticket's SLA events and escalations, oldest first, as the resolver localized them. */
import type { WirePanel } from '../../../../src/jira/resolvers/contract';
import { formatInstant } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';

export function Timeline({ entries, timeZone }: { entries: WirePanel['timeline']; timeZone: string | undefined }) {
  const { locale, tr } = useI18n();
  return (
    <section>
      <h2>{tr('forgeUi.panel.timeline')}</h2>
      {entries.length === 0 ? (
        <p className="fx-subtle">{tr('forgeUi.panel.timelineEmpty')}</p>
      ) : (
        <ol className="fx-timeline" data-testid="timeline">
          {entries.map((e, i) => (
            <li key={`${e.at}-${i}`} data-type={e.type}>
              <span className="fx-subtlest">{formatInstant(e.at, locale, timeZone)}</span>
              <div>{e.text}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
