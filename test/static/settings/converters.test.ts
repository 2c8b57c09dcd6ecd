import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colombianHolidays } from '../../../src/core/index';
import {
  colombianHolidaysBetween, joinList, memberRowPath, memberRowsToTier, mergeHolidays, parseWhole, recordToRows, rowsToRecord, splitList, tierToMemberRows,
} from '../../../static/shared/settings/converters';

/** Names as admins type them: no commas, no surrounding blanks, not empty. */
const name = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/,/g, ';').trim()).filter((s) => s !== '');
const localDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('lists typed as comma-separated text', () => {
  it('round-trips any list of names', () => {
    fc.assert(fc.property(fc.array(name), (list) => { expect(splitList(joinList(list))).toEqual(list); }));
  });

  it('drops blank items', () => {
    expect(splitList('a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});

describe('whole numbers typed freely', () => {
  it.each([
    ['15', 0, false, 15],
    ['0', 0, false, 0],
    ['-30', 0, false, undefined],
    ['1.5', 0, false, undefined],
    ['', 0, false, undefined],
    ['', 0, true, null],
    ['abc', 0, true, undefined],
    ['1982', 1983, false, undefined],
  ] as const)('%j (min %d, blank allowed %s) → %s', (text, min, allowEmpty, expected) => {
    expect(parseWhole(text, min, allowEmpty)).toBe(expected);
  });

  it('reads back every whole number ≥ min it prints', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (n, min) => {
      expect(parseWhole(String(n), min, false)).toBe(n >= min ? n : undefined);
    }));
  });
});

describe('holidays', () => {
  it('merging gives the sorted, distinct union', () => {
    fc.assert(fc.property(fc.array(localDate), fc.array(localDate), (a, b) => {
      const merged = mergeHolidays(a, b);
      expect(merged).toEqual([...new Set([...a, ...b])].sort());
      expect(mergeHolidays(merged, b)).toEqual(merged);
    }));
  });

  it('a range of years is every year\'s Colombian holidays, in order', () => {
    expect(colombianHolidaysBetween(2031, 2032)).toEqual([...colombianHolidays(2031), ...colombianHolidays(2032)]);
    expect(colombianHolidaysBetween(2026, 2026)).toHaveLength(19);
  });

  it.each([[2027, 2026], [1982, 1990], [2190, 2201], [2000, 2051]])('the range %d–%d is refused (empty)', (from, to) => {
    expect(colombianHolidaysBetween(from, to)).toEqual([]);
  });
});

describe('name-keyed tables as rows', () => {
  it('round-trips any record, keys in order (even odd names such as __proto__)', () => {
    const record = fc.dictionary(fc.oneof(name, fc.constant('__proto__'), fc.constant('10')), fc.constantFrom('open', 'resolved', 'closed'));
    fc.assert(fc.property(record, (r) => {
      const back = rowsToRecord(recordToRows(r));
      expect(back).toEqual({ record: r, blank: [], duplicate: [] });
      expect(Object.keys(back.record)).toEqual(Object.keys(r));
    }));
  });

  it('reports blank and repeated names by row and keeps the first of a name', () => {
    const out = rowsToRecord([{ key: 'Done', value: 1 }, { key: '  ', value: 2 }, { key: ' Done ', value: 3 }, { key: 'Open', value: 4 }]);
    expect(out).toEqual({ record: { Done: 1, Open: 4 }, blank: [1], duplicate: [2] });
  });
});

describe('tier members as rows', () => {
  const tier = fc.record({ members: fc.array(name, { maxLength: 5 }), groups: fc.array(name, { maxLength: 5 }) });

  it('round-trips members and groups, order kept within each', () => {
    fc.assert(fc.property(tier, (t) => { expect(memberRowsToTier(tierToMemberRows(t))).toEqual(t); }));
  });

  it('names where each row lives, for placing issues next to it', () => {
    fc.assert(fc.property(tier, (t) => {
      const rows = tierToMemberRows(t);
      rows.forEach((row, i) => {
        const [list, index] = memberRowPath(rows, i).split('.');
        expect(list === 'members' ? t.members[Number(index)] : t.groups[Number(index)]).toBe(row.id);
      });
    }));
  });
});
