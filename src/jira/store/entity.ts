/**
 * The custom entity that holds tickets in Forge storage (declared in manifest.yml under
 * `app.storage.entities`; test/jira/manifest.test.ts checks both agree).
 */
export const TICKET_ENTITY = 'ventanilla-ticket';

/** Index names (each a range index; `by-state` is partitioned by `state`). */
export const INDEX = {
  wake: 'by-wake',
  number: 'by-number',
  intake: 'by-intake',
  issue: 'by-issue',
  state: 'by-state',
} as const;

/** The entity's indexes, as the manifest declares them. */
export const ENTITY_DEFS = [
  {
    name: TICKET_ENTITY,
    indexes: [
      { name: INDEX.wake, range: ['wakeAt'] },
      { name: INDEX.number, range: ['number'] },
      { name: INDEX.intake, range: ['intakeKey'] },
      { name: INDEX.issue, range: ['issueId'] },
      { name: INDEX.state, range: ['createdAt'], partition: ['state'] },
    ],
  },
];
