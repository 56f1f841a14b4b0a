export * as tencentcloud from './provider-tencentcloud';
