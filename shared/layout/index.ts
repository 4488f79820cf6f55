export * from './grid-layout';
export * from './hit-test';
export * from './grid-navigation';
