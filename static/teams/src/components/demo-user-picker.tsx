/** Local mode in a browser: pick which demo user you are (no authentication; loopback only). */
import { useState, type FormEvent } from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../shared/i18n/i18n-context';

const useStyles = makeStyles({ form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' } });

export function DemoUserPicker({ current, onChange }: { current: string; onChange: (email: string) => void }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const [value, setValue] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onChange(value.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={tr('tabs.identity.label')} hint={<Caption1>{tr('tabs.identity.hint')}</Caption1>}>
        <Input type="email" name="demoUser" value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Button type="submit">OK</Button>
    </form>
  );
}
