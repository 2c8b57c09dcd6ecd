/** Escalation rules: at N % of a clock's goal, notify or escalate to a tier; optional richer effects. */
import type { Settings } from '../../../../src/core/index';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { newRule } from '../../../shared/settings/factories';
import { METRICS, RULE_ACTIONS, TIERS, pick } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { EffectsField } from './effects-field';
import { NumberInput, SelectInput } from './form-kit';

type Rule = Settings['escalationRules'][number];

export function EscalationSection({ draft, update }: SectionProps) {
  const { tr, locale } = useI18n();
  const edit = (i: number, fn: (r: Rule) => void) => update((d) => { const r = d.settings.escalationRules[i]; if (r) fn(r); });
  return (
    <>
      {draft.settings.escalationRules.map((rule, i) => {
        const n = i + 1;
        const base = `escalationRules.${i}`;
        return (
          <div key={i} className="fx-card fx-item" role="group" aria-label={tr('tabs.settings.ruleN', { n })} data-rule={n}>
            <div className="fx-row">
              <SelectInput path={`${base}.metric`} label={tr('tabs.settings.ruleMetric', { n })} value={rule.metric}
                options={METRICS.map((m) => ({ value: m, label: labelOf(locale, 'sla', m) }))}
                onChange={(v) => edit(i, (r) => { r.metric = pick(METRICS, v, r.metric); })} />
              <NumberInput path={`${base}.atPercent`} label={tr('tabs.settings.rulePercent', { n })} min={1} max={1000} value={rule.atPercent}
                onChange={(v) => edit(i, (r) => { if (v !== null) r.atPercent = v; })} />
              <SelectInput path={`${base}.action`} label={tr('tabs.settings.ruleAction', { n })} value={rule.action}
                options={RULE_ACTIONS.map((a) => ({ value: a, label: tr(`tabs.settings.action.${a}`) }))}
                onChange={(v) => edit(i, (r) => {
                  r.action = pick(RULE_ACTIONS, v, r.action);
                  if (r.action === 'escalate' && r.toTier === undefined) r.toTier = 'N2';
                  if (r.action === 'notify') delete r.toTier;
                })} />
              <SelectInput path={`${base}.toTier`} label={tr('tabs.settings.ruleTier', { n })} value={rule.toTier ?? ''} disabled={rule.action !== 'escalate'}
                options={[{ value: '', label: '—' }, ...TIERS.map((t) => ({ value: t, label: `${t} · ${draft.settings.tiers[t].name}` }))]}
                onChange={(v) => edit(i, (r) => { const t = TIERS.find((x) => x === v); if (t === undefined) delete r.toTier; else r.toTier = t; })} />
              <div className="fx-field">
                <Button aria-label={tr('tabs.settings.removeRule', { n })} onClick={() => update((d) => { d.settings.escalationRules.splice(i, 1); })}>{tr('tabs.settings.remove')}</Button>
              </div>
            </div>
            <EffectsField effects={rule.effects ?? []} base={base} n={n}
              onChange={(effects) => edit(i, (r) => { if (effects === undefined) delete r.effects; else r.effects = effects; })} />
          </div>
        );
      })}
      <Button onClick={() => update((d) => { d.settings.escalationRules.push(newRule()); })}>{tr('tabs.settings.addRule')}</Button>
    </>
  );
}
