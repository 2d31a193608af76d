import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../api-errors/api-error';
import type { AuditEvent, AuditEventPage, ChainVerification } from './audit-api.types';
import type { AuditFilters, AuditQuery } from './audit-query';

export const AuditPageActions = createActionGroup({
  source: 'Audit Page',
  events: {
    'Url Query Changed': props<{ query: AuditQuery }>(),
    'Filters Changed': props<{ filters: AuditFilters }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
    'Details Clicked': props<{ event: AuditEvent }>(),
    'Verify Clicked': emptyProps(),
  },
});

export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    'Page Loaded': props<{ page: AuditEventPage }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'Chain Verified': props<{ verification: ChainVerification }>(),
    'Chain Verification Failed': props<{ error: ApiError }>(),
  },
});
