/** Where the enabled Jira project keys live in the settings draft (pure). */
import { z } from 'zod';
import type { Section } from './settings-draft';

export const jiraSection = z.looseObject({ enabledProjects: z.array(z.string()) });

/** Where the enabled project keys live in the draft, and their current value. */
export function enabledProjectsOf(sections: readonly Section[]): { key: string; nested: boolean; keys: string[] } | null {
  for (const s of sections) {
    try {
      if (s.key === 'jira') {
        const parsed = jiraSection.safeParse(JSON.parse(s.text));
        if (parsed.success) return { key: s.key, nested: true, keys: parsed.data.enabledProjects };
      }
      if (s.key === 'enabledProjects') {
        const parsed = z.array(z.string()).safeParse(JSON.parse(s.text));
        if (parsed.success) return { key: s.key, nested: false, keys: parsed.data };
      }
    } catch {
      return null; // the section is mid-edit and not JSON: the checkboxes wait for valid text
    }
  }
  return null;
}
