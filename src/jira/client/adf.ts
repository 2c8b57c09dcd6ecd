/** Atlassian Document Format: plain text in, plain text out (what the app writes and reads). */
import { z } from 'zod';

/** A plain-text paragraph per line, as an ADF document. */
export function textToAdf(text: string): Record<string, unknown> {
  const lines = text.split('\n');
  return {
    type: 'doc',
    version: 1,
    content: lines.map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })),
  };
}

type Node = { type?: string; text?: string; content?: Node[] };
const node: z.ZodType<Node> = z.lazy(() =>
  z.object({ type: z.string().optional(), text: z.string().optional(), content: z.array(node).optional() }).loose(),
);

/** The text of an ADF document (paragraphs joined by newlines); a string passes through. */
export function adfToText(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  const parsed = node.safeParse(doc);
  if (!parsed.success) return '';
  const walk = (n: Node): string => (n.text ?? '') + (n.content ?? []).map(walk).join('');
  return (parsed.data.content ?? []).map(walk).join('\n');
}
