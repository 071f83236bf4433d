export * from './diff';
export * from './edit';
export * from './import-json';
export * from './texts';
