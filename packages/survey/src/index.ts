export * from './answer';
export * from './framework';
export * from './frameworks';
export * from './text';
export * from './validate';
