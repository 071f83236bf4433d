export * from './demo';
export * from './stats';
export * from './text';
export * from './triad';
