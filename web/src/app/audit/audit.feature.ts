import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../api-errors/api-error';
import type { AuditEvent, ChainVerification } from './audit-api.types';
import type { AuditQuery } from './audit-query';
import { AuditApiActions, AuditPageActions } from './audit.actions';

export interface AuditState extends EntityState<AuditEvent> {
  query: AuditQuery | null;
  matchCount: number | null;
  isLoading: boolean;
  error: ApiError | null;
  isVerifying: boolean;
  verification: ChainVerification | null;
  verificationError: ApiError | null;
}

export const auditAdapter = createEntityAdapter<AuditEvent>();

export const initialAuditState: AuditState = auditAdapter.getInitialState({
  query: null,
  matchCount: null,
  isLoading: false,
  error: null,
  isVerifying: false,
  verification: null,
  verificationError: null,
});

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    on(AuditPageActions.urlQueryChanged, (state, { query }): AuditState => ({
      ...state,
      query,
      isLoading: true,
      error: null,
    })),
    on(AuditPageActions.retryClicked, (state): AuditState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(AuditApiActions.pageLoaded, (state, { page }): AuditState =>
      auditAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        isLoading: false,
        error: null,
      }),
    ),
    on(AuditApiActions.pageLoadFailed, (state, { error }): AuditState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(AuditPageActions.verifyClicked, (state): AuditState => ({
      ...state,
      isVerifying: true,
      verification: null,
      verificationError: null,
    })),
    on(AuditApiActions.chainVerified, (state, { verification }): AuditState => ({
      ...state,
      isVerifying: false,
      verification,
    })),
    on(AuditApiActions.chainVerificationFailed, (state, { error }): AuditState => ({
      ...state,
      isVerifying: false,
      verificationError: error,
    })),
  ),
  extraSelectors: ({ selectAuditState, selectQuery }) => ({
    selectPageRows: auditAdapter.getSelectors(selectAuditState).selectAll,
    selectPageIndex: createSelector(selectQuery, (query) => (query ? query.page - 1 : 0)),
  }),
});
