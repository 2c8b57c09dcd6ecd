export * from './types';
export * from './due';
export * from './tier';
export * from './effects';
