/**
 * The message catalogues, one file per area, each exporting `es` and `en` records of
 * `key → template` (templates use `{name}` placeholders). Add one import and one entry per area.
 */
import * as common from './common';

export const AREAS = {
  common,
} as const;
