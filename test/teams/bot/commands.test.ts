import { describe, expect, it } from 'vitest';
import { parseCommand, type Command } from '../../../src/teams/bot/commands';

describe('parseCommand', () => {
  const cases: [string, Command][] = [
    ['hola', { kind: 'help' }],
    ['  HELP ', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['Nueva solicitud', { kind: 'new' }],
    ['new request', { kind: 'new' }],
    ['/radicar', { kind: 'new' }],
    ['Mis solicitudes.', { kind: 'mine' }],
    ['my requests', { kind: 'mine' }],
    ['estado PQRS-2026-000123', { kind: 'status', number: 'PQRS-2026-000123' }],
    ['Status pqrs-2026-000123?', { kind: 'status', number: 'PQRS-2026-000123' }],
    ['estado', { kind: 'status', number: null }],
    ['estado de mi queja', { kind: 'status', number: null }],
    ['PQRS-2026-000042', { kind: 'status', number: 'PQRS-2026-000042' }],
    ['cola', { kind: 'queue', tier: null }],
    ['queue N3', { kind: 'queue', tier: 'N3' }],
    ['cola n9', { kind: 'unknown' }],
    ['<at>Ventanilla</at> alertas N2', { kind: 'alerts', tier: 'N2' }],
    ['alerts', { kind: 'alerts', tier: null }],
    ['pulso', { kind: 'pulse' }],
    ['Pulse!', { kind: 'pulse' }],
    ['¿qué hora es?', { kind: 'unknown' }],
    ['nueva solicitud por favor ya', { kind: 'unknown' }],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});
