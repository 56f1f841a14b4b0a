export * from './destination';
export * from './audit-track';
export * from './org-wide-track';
export * from './cos-destination';
export * from './cls-destination';
export * as tencentcloud from './provider-tencentcloud';
