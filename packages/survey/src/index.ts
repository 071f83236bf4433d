export * from './answer';
export * from './designer';
export * from './framework';
export * from './frameworks';
export * from './text';
export * from './validate';
