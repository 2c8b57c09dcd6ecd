export * from './schema';
export * from './resolve';
export * from './validate';
export * from './preset';
export * from './what-if';
