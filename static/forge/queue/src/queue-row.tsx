/** One queue row: radicado, subject, type, priority, tier, channel, assignee, time to breach, claim/assign. */
import { useState } from 'react';
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { formatBusinessTime } from '../../shared/format';
import { Button, Lozenge } from '../../shared/ui';

type QueueItem = ResolverOutput<'getQueue'>['items'][number];

export function QueueRow({ item, me, onClaim, onAssign }: {
  item: QueueItem; me: string | null; onClaim: () => void; onAssign: (assigneeId: string) => void;
}) {
  const { locale, tr } = useI18n();
  const [assignee, setAssignee] = useState('');
  const t = item.ticket;
  const ttb = item.timeToBreachMs;
  const mine = me !== null && t.assigneeId === me;
  return (
    <tr data-testid="queue-row" data-number={t.number} data-ttb={ttb ?? ''}>
      <td><strong>{t.number}</strong>{item.issueKey && <div className="fx-subtlest">{item.issueKey}</div>}</td>
      <td>{t.subject}</td>
      <td>{labelOf(locale, 'type', t.type)}</td>
      <td><Lozenge appearance={t.priority === 'P1' || t.priority === 'P2' ? 'removed' : 'default'}>{t.priority}</Lozenge></td>
      <td><Lozenge appearance="new">{t.tier}</Lozenge></td>
      <td>{labelOf(locale, 'channel', t.channel)}</td>
      <td data-testid="queue-assignee">{t.assigneeId === null ? tr('forgeUi.queue.unassigned') : mine ? tr('forgeUi.queue.you') : t.assigneeId}</td>
      <td className={ttb !== null && ttb < 0 ? 'fx-danger-text' : undefined}>
        {ttb === null ? tr('forgeUi.dash') : ttb < 0
          ? tr('forgeUi.queue.overdue', { duration: formatBusinessTime(ttb, locale) })
          : tr('forgeUi.queue.inTime', { duration: formatBusinessTime(ttb, locale) })}
      </td>
      <td>
        <div className="fx-row" style={{ flexWrap: 'nowrap' }}>
          <Button onClick={onClaim} disabled={mine} data-testid="queue-claim">{tr('forgeUi.queue.claim')}</Button>
          <input className="fx-input" style={{ width: 110 }} aria-label={tr('forgeUi.queue.assignTo')} placeholder={tr('forgeUi.queue.assignTo')}
            value={assignee} onChange={(e) => setAssignee(e.target.value)} />
          <Button appearance="subtle" disabled={assignee.trim() === ''} onClick={() => onAssign(assignee.trim())}>{tr('forgeUi.queue.assign')}</Button>
        </div>
      </td>
    </tr>
  );
}
