export * from './demo';
export * from './stats';
export * from './suppression';
export * from './text';
export * from './triad';
