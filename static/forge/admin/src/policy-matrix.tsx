/**
 * The SLA policies at a glance: one row per policy (the PQRS types it matches), one column per
 * priority, first response / resolution goals in business hours — read from the draft.
 */
import { z } from 'zod';
import { wirePriority } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import type { Section } from './settings-draft';

const goals = z.record(z.string(), z.number());
const policiesSchema = z.array(z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  match: z.looseObject({ types: z.array(z.string()).optional() }).optional(),
  goals: z.looseObject({ firstResponse: goals, resolution: goals }),
}));

/** The policies of the draft text, or null while it is not a valid policy list. */
export function policiesOf(text: string): z.infer<typeof policiesSchema> | null {
  try {
    const parsed = policiesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // mid-edit text: the matrix waits for valid JSON
  }
}

const hours = (minutes: number | undefined) => (minutes === undefined ? '—' : `${Math.round((minutes / 60) * 10) / 10} h`);

export function PolicyMatrix({ section }: { section: Section }) {
  const { locale, tr } = useI18n();
  const policies = policiesOf(section.text);
  if (policies === null) return null;
  return (
    <table className="fx-table" data-testid="policy-matrix" style={{ marginTop: 8 }}>
      <caption className="fx-subtle" style={{ textAlign: 'left' }}>{tr('forgeUi.admin.matrixCaption')}</caption>
      <thead>
        <tr><th scope="col">{tr('forgeUi.admin.matrixPolicy')}</th>{wirePriority.options.map((p) => <th key={p} scope="col">{p}</th>)}</tr>
      </thead>
      <tbody>
        {policies.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.name ?? p.id}
              <div className="fx-subtlest">{(p.match?.types ?? []).map((t) => labelOf(locale, 'type', t)).join(', ') || tr('forgeUi.admin.matrixAnyType')}</div>
            </th>
            {wirePriority.options.map((prio) => <td key={prio}>{hours(p.goals.firstResponse[prio])} / {hours(p.goals.resolution[prio])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
