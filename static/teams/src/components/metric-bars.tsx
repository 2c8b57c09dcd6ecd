/** Rows of a metric as horizontal bars (shares) or values, drawn with tokens so every theme works. */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MetricRow } from '../../../shared/format/metric-rows';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(6rem, 1fr) 2fr auto', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: 0 },
  track: { height: '0.5rem', backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
});

export function MetricBars({ rows, emptyText }: { rows: MetricRow[]; emptyText: string }) {
  const styles = useStyles();
  if (rows.length === 0) return <Caption1>{emptyText}</Caption1>;
  const single = rows.length === 1 && rows[0]?.path === '' ? rows[0] : null;
  if (single) return <Text className={styles.big}>{single.text}</Text>;
  // Shares get a bar; counts only inside a breakdown ("byChannel", "byAge"…), scaled to its largest.
  const inGroup = (row: MetricRow) => row.share === null && /(^|\.)by[A-Z]/.test(row.path);
  const max = Math.max(1, ...rows.filter(inGroup).map((r) => Math.abs(r.value)));
  const width = (row: MetricRow) => (row.share !== null ? row.share : inGroup(row) ? Math.abs(row.value) / max : null);
  return (
    <dl className={styles.list}>
      {rows.slice(0, 24).map((row) => (
        <div key={row.path} style={{ display: 'contents' }}>
          <dt><Caption1>{row.label}</Caption1></dt>
          <dd style={{ margin: 0 }} aria-hidden="true" className={width(row) === null ? undefined : styles.track}>
            {width(row) !== null && <div className={styles.fill} style={{ width: `${Math.round((width(row) ?? 0) * 100)}%` }} />}
          </dd>
          <dd style={{ margin: 0 }}><Text>{row.text}</Text></dd>
        </div>
      ))}
    </dl>
  );
}
