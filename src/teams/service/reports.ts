/** Metrics and the semiannual report: the core computes; this adapter feeds it the stored tickets. */
import type { Locale, Settings } from '../../core/index';
import type { DateRange, MetricsView, ServiceResult } from './types';

export interface Reports {
  metrics(range: DateRange, settings: Settings): Promise<ServiceResult<MetricsView>>;
  semiannualCsv(range: DateRange, settings: Settings, locale: Locale): Promise<ServiceResult<string>>;
}

