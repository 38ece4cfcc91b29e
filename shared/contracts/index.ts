/**
 * The one contract between the plugin's server and its admin console:
 * request/response types of the admin routes and the lists they use.
 */
export * from './constants';
export * from './common';
export * from './logs';
export * from './authors';
export * from './notifications';
export * from './stats';
export * from './check';
export * from './setup';
export * from './rescans';
export * from './appeals';
export * from './fakes';
export * from './cases';
export * from './claims';
export * from './replies';
export * from './settings';
export * from './learning';
export * from './announcements';
