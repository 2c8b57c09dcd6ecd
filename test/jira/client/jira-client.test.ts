import { describe, expect, it } from 'vitest';
import { asApp, route } from '@forge/api';
import { JiraClient } from '../../../src/jira/client/jira-client';
import { RateLimitedError, retryAfterSeconds } from '../../../src/jira/client/request';
import { adfToText } from '../../../src/jira/client/adf';
import { fakeRetry, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z');

describe('JiraClient against the Jira REST fake (real @forge/api)', () => {
  it('creates an issue with properties and reads it back', async () => {
    const client = new JiraClient(fakeRetry(h()));
    const { id, key } = await client.createIssue({
      projectKey: 'PQRS', issueType: 'Task', summary: 'Cobro doble', description: 'línea 1\nlínea 2',
      labels: ['pqrs'], properties: { ventanilla: { radicado: 'PQRS-2026-000001' } },
    });
    expect(key).toMatch(/^PQRS-\d+$/);
    const issue = await client.getIssue(id, ['ventanilla']);
    expect(issue?.fields.summary).toBe('Cobro doble');
    expect(adfToText(issue?.fields.description)).toBe('línea 1\nlínea 2');
    expect(issue?.properties?.ventanilla).toEqual({ radicado: 'PQRS-2026-000001' });
    expect(await client.getIssue('99999')).toBeNull();
  });

  it('bulk-writes properties in requests of at most 100 issues', async () => {
    const client = new JiraClient(fakeRetry(h()));
    const ids = Array.from({ length: 250 }, (_, i) => h().jira.state.create({ projectKey: 'PQRS', summary: `s${i}` }).id);
    const before = h().jira.count('POST /rest/api/3/issue/properties/multi');
    const requests = await client.setPropertiesBulk(ids.map((issueId) => ({ issueId, properties: { ventanilla: { n: issueId } } })));
    expect(requests).toBe(3);
    expect(h().jira.count('POST /rest/api/3/issue/properties/multi') - before).toBe(3);
    expect(h().jira.state.issues.get(ids[249] ?? '')?.properties.get('ventanilla')).toEqual({ n: ids[249] });
  });

  it('pages JQL search with nextPageToken', async () => {
    const client = new JiraClient(fakeRetry(h()));
    for (let i = 0; i < 7; i++) {
      const issue = h().jira.state.create({ projectKey: 'PQRS', summary: `q${i}` });
      issue.properties.set('ventanilla', { ticketId: 'paging' });
    }
    const seen: string[] = [];
    for await (const issue of client.searchJql('ventanillaTicketId = "paging" ORDER BY created', { pageSize: 3 })) seen.push(issue.id);
    expect(seen).toHaveLength(7);
    expect(h().jira.requests.filter((r) => r.template === '/rest/api/3/search/jql').length).toBeGreaterThanOrEqual(3);
  });

  it('waits out Retry-After on 429 and then succeeds', async () => {
    const retry = fakeRetry(h());
    const client = new JiraClient(retry);
    h().jira.throttle(2, 3);
    expect(await client.listProjects()).toEqual([{ id: '10000', key: 'PQRS', name: 'PQRS' }]);
    expect(retry.slept).toEqual([3000, 3000]);
  });

  it('hands the retry back (RateLimitedError) when the wait exceeds the budget', async () => {
    const client = new JiraClient(fakeRetry(h(), 5_000));
    h().jira.throttle(1, 60, 'jira-per-issue-on-write');
    const error = await client.listProjects().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 60, reason: 'jira-per-issue-on-write' });
  });

  it('checks permissions as the invoking user', async () => {
    const client = new JiraClient(fakeRetry(h())).asUser();
    h().setUser('admin-1');
    expect(await client.hasPermission('ADMINISTER')).toBe(true);
    h().setUser('agent-7');
    expect(await client.hasPermission('ADMINISTER')).toBe(false);
  });

  it('the fake refuses requests that are not in Jira\'s REST spec', async () => {
    const res = await asApp().requestJira(route`/rest/api/3/not-a-real-endpoint`);
    expect(res.status).toBe(500);
    expect(h().jira.violations.splice(0)).toEqual(['not in Jira\'s REST spec: GET /rest/api/3/not-a-real-endpoint']);
  });

  it.each([
    ['7', 7], ['0', 0], [' 2.5 ', 3], ['Wed, 21 Oct 2026 07:28:00 GMT', 5], [null, 5],
  ])('Retry-After %s → %i s', (header, seconds) => {
    expect(retryAfterSeconds(header)).toBe(seconds);
  });
});
