export * from './links/choices';
export * from './links/models';
export { MIGRATIONS, type Migration } from './migrations';
