import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { SessionInfo } from '../../auth/auth-api.types';
import { AdminSessionsApiActions, AdminSessionsPageActions } from './admin-sessions.actions';

export interface AdminSessionsState extends EntityState<SessionInfo> {
  accountId: number | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const adminSessionsAdapter = createEntityAdapter<SessionInfo>();

export const initialAdminSessionsState: AdminSessionsState = adminSessionsAdapter.getInitialState({
  accountId: null,
  isLoading: false,
  error: null,
});

export const adminSessionsFeature = createFeature({
  name: 'adminSessions',
  reducer: createReducer(
    initialAdminSessionsState,
    on(AdminSessionsPageActions.opened, (state, { accountId }): AdminSessionsState => ({
      ...state,
      accountId,
      isLoading: true,
      error: null,
    })),
    on(AdminSessionsPageActions.retryClicked, (state): AdminSessionsState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(AdminSessionsApiActions.sessionsLoaded, (state, { sessions }): AdminSessionsState =>
      adminSessionsAdapter.setAll(sessions, { ...state, isLoading: false }),
    ),
    on(AdminSessionsApiActions.sessionsLoadFailed, (state, { error }): AdminSessionsState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(AdminSessionsApiActions.sessionEnded, (state, { sessionId }): AdminSessionsState =>
      adminSessionsAdapter.removeOne(sessionId, state),
    ),
  ),
  extraSelectors: ({ selectAdminSessionsState }) => ({
    selectSessions: adminSessionsAdapter.getSelectors(selectAdminSessionsState).selectAll,
  }),
});
