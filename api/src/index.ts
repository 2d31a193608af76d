export { createApp, type AppDependencies, type ConsoleApp } from './platform/app';
export { AppError, ErrorCode, type FieldError } from './platform/app-error';
export { createLogger } from './platform/logger';
