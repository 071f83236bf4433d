export * from './demo';
export * from './stats';
export * from './triad';
