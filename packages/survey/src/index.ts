export * from './answer';
export * from './framework';
export * from './frameworks';
export * from './story-input';
export * from './text';
export * from './validate';
