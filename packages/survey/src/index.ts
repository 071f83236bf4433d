export * from './answer';
export * from './collection-landing';
export * from './designer';
export * from './framework';
export * from './frameworks';
export * from './text';
export * from './theme-contrast';
export * from './validate';
