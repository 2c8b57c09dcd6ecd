/**
 * Tiers N1–N4: name, members as Jira users (account ids) or Jira groups, the channel notified;
 * and the tier a new ticket starts in.
 */
import { useI18n } from '../../../shared/i18n/i18n-context';
import { memberRowPath, memberRowsToTier, tierToMemberRows, type MemberRow } from '../../../shared/settings/converters';
import { TIERS, pick } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { Card, SelectInput, TextInput } from './form-kit';

type TierKey = (typeof TIERS)[number];

export function TiersSection({ draft, update }: SectionProps) {
  const { tr } = useI18n();
  const setRows = (tier: TierKey, fn: (rows: MemberRow[]) => void) =>
    update((d) => { const rows = tierToMemberRows(d.settings.tiers[tier]); fn(rows); Object.assign(d.settings.tiers[tier], memberRowsToTier(rows)); });
  return (
    <>
      <SelectInput path="initialTier" label={tr('tabs.settings.initialTier')} value={draft.settings.initialTier}
        options={TIERS.map((t) => ({ value: t, label: `${t} · ${draft.settings.tiers[t].name}` }))}
        onChange={(v) => update((d) => { d.settings.initialTier = pick(TIERS, v, d.settings.initialTier); })} />
      {TIERS.map((tier) => {
        const t = draft.settings.tiers[tier];
        const rows = tierToMemberRows(t);
        return (
          <Card key={tier} title={tier} data-tier={tier}>
            <div className="fx-row">
              <TextInput path={`tiers.${tier}.name`} label={tr('tabs.settings.tierName', { tier })} value={t.name} onChange={(v) => update((d) => { d.settings.tiers[tier].name = v; })} />
              <TextInput path={`tiers.${tier}.channelRef`} label={tr('tabs.settings.tierChannel', { tier })} value={t.channelRef ?? ''}
                onChange={(v) => update((d) => { if (v.trim() === '') delete d.settings.tiers[tier].channelRef; else d.settings.tiers[tier].channelRef = v; })} />
            </div>
            <div role="group" aria-label={tr('tabs.settings.tierMembers', { tier })}>
              <h4>{tr('tabs.settings.tierMembers', { tier })}</h4>
              {rows.length === 0 && <p className="fx-subtle">{tr('settingsForms.noMembers')}</p>}
              {rows.map((row, i) => (
                <div key={`${row.kind}:${i}`} className="fx-row" data-member={row.id}>
                  <SelectInput path={`ui.tiers.${tier}.${i}.kind`} label={tr('settingsForms.memberKind', { tier, n: i + 1 })} value={row.kind}
                    options={[{ value: 'user', label: tr('settingsForms.jiraUser') }, { value: 'group', label: tr('settingsForms.jiraGroup') }]}
                    onChange={(v) => setRows(tier, (r) => { const x = r[i]; if (x) x.kind = v === 'group' ? 'group' : 'user'; })} />
                  <TextInput path={`tiers.${tier}.${memberRowPath(rows, i)}`} label={tr('settingsForms.memberId', { tier, n: i + 1 })}
                    hint={row.kind === 'user' ? tr('settingsForms.accountIdsHint') : tr('settingsForms.groupHint')} value={row.id}
                    onChange={(v) => setRows(tier, (r) => { const x = r[i]; if (x) x.id = v; })} />
                  <div className="fx-field">
                    <Button aria-label={tr('settingsForms.removeMember', { tier, n: i + 1 })} onClick={() => setRows(tier, (r) => { r.splice(i, 1); })}>{tr('tabs.settings.remove')}</Button>
                  </div>
                </div>
              ))}
              <div className="fx-row">
                <Button appearance="subtle" onClick={() => setRows(tier, (r) => { r.push({ kind: 'user', id: '' }); })}>{tr('settingsForms.addUser', { tier })}</Button>
                <Button appearance="subtle" onClick={() => setRows(tier, (r) => { r.push({ kind: 'group', id: '' }); })}>{tr('settingsForms.addGroup', { tier })}</Button>
              </div>
            </div>
          </Card>
        );
      })}
    </>
  );
}
