/**
 * The message catalogues, one file per area, each exporting `es` and `en` records of
 * `key → template` (templates use `{name}` placeholders). Add one import and one entry per area.
 */
import * as common from './common';
import * as calendar from './calendar';
import * as jira from './jira';
import * as server from './server';
import * as tickets from './tickets';
import * as routing from './routing';
import * as metrics from './metrics';
import * as tabs from './tabs';
import * as forgeUi from './forge-ui';
import * as bot from './bot';
import * as pqrs from './pqrs';
import * as sla from './sla';
import * as escalation from './escalation';
import * as settings from './settings';
import * as validation from './validation';
import * as jiraJobs from './jira-jobs';
import * as settingsForms from './settings-forms';
import * as jiraEffects from './jira-effects';
import * as jiraMode from './jira-mode';
import * as botReliability from './bot-reliability';

export const AREAS = {
  common,
  calendar,
  jira,
  server,
  tickets,
  routing,
  metrics,
  tabs,
  forgeUi,
  bot,
  pqrs,
  sla,
  escalation,
  settings,
  validation,
  settingsForms,
  jiraJobs,
  jiraEffects,
  jiraMode,
  botReliability,
} as const;
