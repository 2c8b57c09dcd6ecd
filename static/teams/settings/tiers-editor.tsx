/** Tiers N1–N4: name, members (agent ids), groups and the channel notified. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../../../src/core/index';
import { TIERS } from '../../shared/settings/options';
import { useI18n } from '../../shared/i18n/i18n-context';
import { ListField, TextField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', paddingBlock: tokens.spacingVerticalXS },
});

export function TiersEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const agentIds = draft.agents.map((a) => a.id).join(', ');
  return (
    <>
      {TIERS.map((tier) => {
        const t = draft.tiers[tier];
        return (
          <div key={tier} className={styles.row} role="group" aria-label={tier}>
            <TextField path={`tiers.${tier}.name`} label={tr('tabs.settings.tierName', { tier })} value={t.name}
              onChange={(v) => update((d) => { d.tiers[tier].name = v; })} />
            <ListField path={`tiers.${tier}.members`} label={tr('tabs.settings.tierMembers', { tier })}
              hint={agentIds === '' ? tr('tabs.settings.commaHint') : tr('tabs.settings.agentIdsHint', { ids: agentIds })}
              value={t.members} onChange={(v) => update((d) => { d.tiers[tier].members = v; })} />
            <ListField path={`tiers.${tier}.groups`} label={tr('tabs.settings.tierGroups', { tier })} hint={tr('tabs.settings.commaHint')}
              value={t.groups} onChange={(v) => update((d) => { d.tiers[tier].groups = v; })} />
            <TextField path={`tiers.${tier}.channelRef`} label={tr('tabs.settings.tierChannel', { tier })} value={t.channelRef ?? ''}
              onChange={(v) => update((d) => { if (v.trim() === '') delete d.tiers[tier].channelRef; else d.tiers[tier].channelRef = v; })} />
          </div>
        );
      })}
    </>
  );
}
