export * from './types';
export { compileSlaPolicy, calendarFor, type CompiledSlaPolicy } from './compile';
export { evaluateSla, evaluateCompiled } from './evaluate';
export * from './select';
export * from './versions';
