/** The settings as forms, one titled section per area; issues of a rejected save appear per field. */
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../../../src/core/index';
import { useI18n } from '../../shared/i18n/i18n-context';
import { AgentsEditor } from './agents-editor';
import { CalendarsEditor } from './calendars-editor';
import { EscalationEditor } from './escalation-editor';
import type { DraftUpdate } from './form-kit';
import { GeneralEditor } from './general-editor';
import { PoliciesEditor } from './policies-editor';
import { TiersEditor } from './tiers-editor';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const SECTIONS = [
  ['general', GeneralEditor],
  ['calendars', CalendarsEditor],
  ['policies', PoliciesEditor],
  ['escalation', EscalationEditor],
  ['tiers', TiersEditor],
  ['agents', AgentsEditor],
] as const;

export function SettingsForm({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr } = useI18n();
  return (
    <>
      {SECTIONS.map(([key, Editor]) => (
        <section key={key} className={styles.section} aria-labelledby={`settings-${key}`} data-section={key}>
          <Subtitle2 as="h3" id={`settings-${key}`}>{tr(`tabs.settings.section.${key}`)}</Subtitle2>
          <Editor draft={draft} update={update} />
        </section>
      ))}
    </>
  );
}
