export * from './answer';
export * from './framework';
export * from './text';
export * from './validate';
