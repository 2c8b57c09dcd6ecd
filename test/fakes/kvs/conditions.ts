/** Condition evaluation of the Forge KVS / Custom Entity Store wire format. */
export interface WireCondition {
  condition: string;
  property?: string;
  values: unknown[];
}
export interface WireFilters {
  and?: WireCondition[];
  or?: WireCondition[];
}

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function cmp(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when `value` satisfies one wire condition (`undefined` = attribute absent). */
export function matches(value: unknown, c: WireCondition): boolean {
  const [first, second] = c.values;
  if (c.condition === 'EXISTS') return value !== undefined;
  if (c.condition === 'NOT_EXISTS') return value === undefined;
  if (value === undefined) return c.condition === 'NOT_EQUAL_TO' || c.condition === 'NOT_CONTAINS';
  if (c.condition === 'CONTAINS' || c.condition === 'NOT_CONTAINS') {
    const has = Array.isArray(value) ? value.includes(first) : typeof value === 'string' && value.includes(String(first));
    return c.condition === 'CONTAINS' ? has : !has;
  }
  if (!isScalar(value) || !isScalar(first)) return false;
  switch (c.condition) {
    case 'EQUAL_TO': return value === first;
    case 'NOT_EQUAL_TO': return value !== first;
    case 'BEGINS_WITH': return String(value).startsWith(String(first));
    case 'GREATER_THAN': return cmp(value, first) > 0;
    case 'GREATER_THAN_EQUAL_TO': return cmp(value, first) >= 0;
    case 'LESS_THAN': return cmp(value, first) < 0;
    case 'LESS_THAN_EQUAL_TO': return cmp(value, first) <= 0;
    case 'BETWEEN': return isScalar(second) && cmp(value, first) >= 0 && cmp(value, second) <= 0;
    default: throw new Error(`kvs fake: unknown condition ${c.condition}`);
  }
}

/** Evaluates `{ and: [...] }` / `{ or: [...] }` against an entity value. */
export function matchesFilters(entity: Record<string, unknown> | undefined, filters: WireFilters | undefined): boolean {
  if (!filters) return true;
  const get = (c: WireCondition) => (entity === undefined || c.property === undefined ? undefined : entity[c.property]);
  if (filters.and) return filters.and.every((c) => matches(get(c), c));
  if (filters.or) return filters.or.some((c) => matches(get(c), c));
  return true;
}

/** Orders two scalar index values (absent values never reach an index). */
export function compareIndexValues(a: unknown, b: unknown): number {
  return isScalar(a) && isScalar(b) ? cmp(a, b) : 0;
}
