/**
 * The optional effects of an escalation rule (core `escalationEffectSchema`): notify (who), move to
 * a tier, raise the priority, transition to a status, or comment — each kind with its own fields.
 * Without effects the rule keeps its plain meaning (notify the assignee / escalate to the tier).
 */
import type { EscalationEffect, NotifyTarget } from '../../../../src/core/index';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { EFFECT_KINDS, NOTIFY_ROLES, PRIORITIES, TIERS, pick, type EffectKind } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import { CheckGroup, ListInput, NumberInput, SelectInput, TextInput } from './form-kit';

/** A fresh effect of `kind` with fixed defaults. */
export function newEffect(kind: EffectKind): EscalationEffect {
  switch (kind) {
    case 'notify': return { kind, to: ['assignee'] };
    case 'reassignTier': return { kind, tier: 'N2' };
    case 'raisePriority': return { kind, by: 1 };
    case 'transition': return { kind, status: 'In Progress' };
    case 'comment': return { kind, messageKey: 'escalation.comment.default', internal: true };
  }
}

const roleOf = (t: NotifyTarget) => (typeof t === 'string' ? t : null);
const groupsOf = (to: readonly NotifyTarget[]) => to.flatMap((t) => (typeof t !== 'string' && 'group' in t ? [t.group] : []));
const usersOf = (to: readonly NotifyTarget[]) => to.flatMap((t) => (typeof t !== 'string' && 'user' in t ? [t.user] : []));

export function EffectsField({ effects, base, n, onChange }: {
  effects: readonly EscalationEffect[]; base: string; n: number; onChange: (effects: EscalationEffect[] | undefined) => void;
}) {
  const { tr } = useI18n();
  const set = (j: number, effect: EscalationEffect) => onChange(effects.map((e, k) => (k === j ? effect : e)));
  return (
    <div role="group" aria-label={tr('settingsForms.effectsOf', { n })} className="fx-effects">
      {effects.length === 0 && <p className="fx-subtlest">{tr('settingsForms.noEffects')}</p>}
      {effects.map((effect, j) => {
        const p = `${base}.effects.${j}`;
        const label = (what: string) => tr('settingsForms.effectField', { n, m: j + 1, field: what });
        return (
          <div key={j} className="fx-row" data-effect={effect.kind}>
            <SelectInput path={`${p}.kind`} label={label(tr('settingsForms.effectKind'))} value={effect.kind}
              options={EFFECT_KINDS.map((k) => ({ value: k, label: tr(`settingsForms.effect.${k}`) }))}
              onChange={(v) => set(j, newEffect(pick(EFFECT_KINDS, v, effect.kind)))} />
            {effect.kind === 'notify' && (
              <>
                <CheckGroup path={`${p}.to`} label={label(tr('settingsForms.notifyTo'))} options={NOTIFY_ROLES}
                  value={effect.to.flatMap((t) => { const r = roleOf(t); return r === null ? [] : [r]; })} labelOf={(r) => tr(`settingsForms.target.${r}`)}
                  onChange={(roles) => set(j, { ...effect, to: [...roles, ...effect.to.filter((t) => typeof t !== 'string')] })} />
                <ListInput path={`${p}.to.groups`} label={label(tr('settingsForms.notifyGroups'))} hint={tr('tabs.settings.commaHint')} value={groupsOf(effect.to)}
                  onChange={(groups) => set(j, { ...effect, to: [...effect.to.filter((t) => typeof t === 'string' || !('group' in t)), ...groups.map((group) => ({ group }))] })} />
                <ListInput path={`${p}.to.users`} label={label(tr('settingsForms.notifyUsers'))} hint={tr('settingsForms.accountIdsHint')} value={usersOf(effect.to)}
                  onChange={(users) => set(j, { ...effect, to: [...effect.to.filter((t) => typeof t === 'string' || !('user' in t)), ...users.map((user) => ({ user }))] })} />
              </>
            )}
            {effect.kind === 'reassignTier' && (
              <SelectInput path={`${p}.tier`} label={label(tr('tabs.settings.ruleTier', { n }))} value={effect.tier} options={TIERS.map((t) => ({ value: t, label: t }))}
                onChange={(v) => set(j, { ...effect, tier: pick(TIERS, v, effect.tier) })} />
            )}
            {effect.kind === 'raisePriority' && (
              <>
                <NumberInput path={`${p}.by`} label={label(tr('settingsForms.raiseBy'))} min={1} max={4} allowEmpty value={effect.by ?? null}
                  onChange={(v) => { const { by: _by, ...rest } = effect; set(j, v === null ? rest : { ...rest, by: v }); }} />
                <SelectInput path={`${p}.to`} label={label(tr('settingsForms.raiseTo'))} value={effect.to ?? ''}
                  options={[{ value: '', label: '—' }, ...PRIORITIES.map((x) => ({ value: x, label: x }))]}
                  onChange={(v) => { const { to: _to, ...rest } = effect; const to = PRIORITIES.find((x) => x === v); set(j, to === undefined ? rest : { ...rest, to }); }} />
              </>
            )}
            {effect.kind === 'transition' && (
              <TextInput path={`${p}.status`} label={label(tr('settingsForms.transitionTo'))} value={effect.status} onChange={(v) => set(j, { ...effect, status: v })} />
            )}
            {effect.kind === 'comment' && (
              <>
                <TextInput path={`${p}.messageKey`} label={label(tr('settingsForms.commentKey'))} value={effect.messageKey} onChange={(v) => set(j, { ...effect, messageKey: v })} />
                <label className="fx-check fx-field"><input type="checkbox" checked={effect.internal} onChange={(e) => set(j, { ...effect, internal: e.target.checked })} />{label(tr('settingsForms.commentInternal'))}</label>
              </>
            )}
            <div className="fx-field">
              <Button aria-label={tr('settingsForms.removeEffect', { n, m: j + 1 })}
                onClick={() => { const next = effects.filter((_, k) => k !== j); onChange(next.length === 0 ? undefined : next); }}>{tr('tabs.settings.remove')}</Button>
            </div>
          </div>
        );
      })}
      <Button appearance="subtle" onClick={() => onChange([...effects, newEffect('notify')])}>{tr('settingsForms.addEffect', { n })}</Button>
    </div>
  );
}
