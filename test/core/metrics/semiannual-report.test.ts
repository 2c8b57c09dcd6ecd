import { describe, expect, it } from 'vitest';
import { csvField, semiannualReport, toCsv } from '../../../src/core/index';
import { calendar, NOW, settings, TICKETS } from './fixtures';

const input = { tickets: TICKETS, window: { from: '2026-01-01', to: '2026-07-01' }, calendar, now: NOW, settings };

describe('semiannualReport (Ley 1474/2011 art. 76)', () => {
  it('has one row per type plus the total, Spanish headers by default', () => {
    const r = semiannualReport(input);
    expect(r.csv.split('\r\n')).toEqual([
      'Tipo,Recibidas,Resueltas,Resueltas dentro del término,Resueltas fuera del término,Pendientes,Pendientes vencidas,Con prórroga,Días hábiles promedio de respuesta,Cumplimiento del término (%)',
      'Petición,3,1,1,0,2,0,0,0,100',
      'Queja,1,1,1,0,0,0,0,1,100',
      'Reclamo,0,0,0,0,0,0,0,,',
      'Sugerencia,0,0,0,0,0,0,0,,',
      'Denuncia,0,0,0,0,0,0,0,,',
      'Felicitación,1,0,0,0,1,0,0,,',
      'Consulta,1,0,0,0,1,0,0,,',
      'Solicitud de documentos o información,0,0,0,0,0,0,0,,',
      'Total,6,2,2,0,4,0,0,0.5,100',
      '',
    ]);
  });

  it('counts overdue pending requests once their legal due instant has passed (English headers)', () => {
    // T3 (Wed 03-04) is due 2026-03-26 and T6 (Fri 03-06) 2026-03-30 (Mon 03-23 is a holiday)
    const r = semiannualReport({ ...input, now: new Date('2026-03-27T05:00:00.000Z') }, 'en');
    expect(r.header[6]).toBe('Pending overdue');
    expect(r.rows[0]).toEqual(['Petition', 3, 1, 1, 0, 2, 1, 0, 0, 100]);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['dijo "no"', '"dijo ""no"""'],
    ['línea 1\nlínea 2', '"línea 1\nlínea 2"'],
    [' espacio', '" espacio"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1', "'-1+1"],
    [12.5, '12.5'],
    [null, ''],
  ] as const)('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('joins header and rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y'], [null, 'z']])).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });
});
