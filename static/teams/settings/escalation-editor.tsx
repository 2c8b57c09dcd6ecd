/** Escalation rules: at N % of a metric's goal, notify or escalate to a tier. Extra effects are kept as they are. */
import { Button, Caption1, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../../../src/core/index';
import { newRule } from '../../shared/settings/factories';
import { TIERS } from '../../shared/settings/options';
import { labelOf } from '../../shared/i18n/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { PathField, PercentField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', paddingBlock: tokens.spacingVerticalXS },
});

type Rule = Settings['escalationRules'][number];

export function EscalationEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const edit = (i: number, fn: (r: Rule) => void) => update((d) => { const r = d.escalationRules[i]; if (r) fn(r); });
  return (
    <>
      {draft.escalationRules.map((rule, i) => {
        const n = i + 1;
        return (
          <div key={i} className={styles.row} role="group" aria-label={tr('tabs.settings.ruleN', { n })}>
            <PathField path={`escalationRules[${i}].metric`} label={tr('tabs.settings.ruleMetric', { n })}>
              <Select value={rule.metric} onChange={(_, d) => edit(i, (r) => { r.metric = d.value === 'resolution' ? 'resolution' : 'firstResponse'; })}>
                <option value="firstResponse">{labelOf(locale, 'sla', 'firstResponse')}</option>
                <option value="resolution">{labelOf(locale, 'sla', 'resolution')}</option>
              </Select>
            </PathField>
            <PercentField path={`escalationRules[${i}].atPercent`} label={tr('tabs.settings.rulePercent', { n })} value={rule.atPercent}
              onChange={(v) => edit(i, (r) => { r.atPercent = v; })} />
            <PathField path={`escalationRules[${i}].action`} label={tr('tabs.settings.ruleAction', { n })}>
              <Select value={rule.action} onChange={(_, d) => edit(i, (r) => {
                r.action = d.value === 'escalate' ? 'escalate' : 'notify';
                if (r.action === 'escalate' && r.toTier === undefined) r.toTier = 'N2';
                if (r.action === 'notify') delete r.toTier;
              })}>
                <option value="notify">{tr('tabs.settings.action.notify')}</option>
                <option value="escalate">{tr('tabs.settings.action.escalate')}</option>
              </Select>
            </PathField>
            <PathField path={`escalationRules[${i}].toTier`} label={tr('tabs.settings.ruleTier', { n })}>
              <Select value={rule.toTier ?? ''} disabled={rule.action !== 'escalate'}
                onChange={(_, d) => edit(i, (r) => { r.toTier = TIERS.find((t) => t === d.value); })}>
                <option value="">—</option>
                {TIERS.map((t) => <option key={t} value={t}>{t}</option>)}
              </Select>
            </PathField>
            {rule.effects !== undefined && rule.effects.length > 0 && <Caption1>{tr('tabs.settings.ruleEffects', { n: rule.effects.length })}</Caption1>}
            <Button aria-label={tr('tabs.settings.removeRule', { n })} onClick={() => update((d) => { d.escalationRules.splice(i, 1); })}>
              {tr('tabs.settings.remove')}
            </Button>
          </div>
        );
      })}
      <div>
        <Button onClick={() => update((d) => { d.escalationRules.push(newRule()); })}>
          {tr('tabs.settings.addRule')}
        </Button>
      </div>
    </>
  );
}
