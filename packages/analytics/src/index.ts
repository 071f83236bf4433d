export * from './charts';
export * from './descriptives';
export * from './scan';
export * from './stats';
export * from './suppression';
export * from './text';
export * from './triad';
