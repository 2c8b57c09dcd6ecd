/** The production clock (the only place the Teams server reads the system time). */
import type { Clock } from '../core/index';

export const systemClock: Clock = { now: () => new Date() };
