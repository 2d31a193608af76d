import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { SessionInfo } from '../auth-api.types';
import { MySessionsApiActions, MySessionsPageActions } from './my-sessions.actions';

export interface MySessionsState extends EntityState<SessionInfo> {
  isLoading: boolean;
  error: ApiError | null;
}

export const mySessionsAdapter = createEntityAdapter<SessionInfo>();

export const initialMySessionsState: MySessionsState = mySessionsAdapter.getInitialState({
  isLoading: false,
  error: null,
});

export const mySessionsFeature = createFeature({
  name: 'mySessions',
  reducer: createReducer(
    initialMySessionsState,
    on(
      MySessionsPageActions.opened,
      MySessionsPageActions.retryClicked,
      (state): MySessionsState => ({ ...state, isLoading: true, error: null }),
    ),
    on(MySessionsApiActions.sessionsLoaded, (state, { sessions }): MySessionsState =>
      mySessionsAdapter.setAll(sessions, { ...state, isLoading: false }),
    ),
    on(MySessionsApiActions.sessionsLoadFailed, (state, { error }): MySessionsState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(MySessionsApiActions.sessionEnded, (state, { sessionId }): MySessionsState =>
      mySessionsAdapter.removeOne(sessionId, state),
    ),
  ),
  extraSelectors: ({ selectMySessionsState }) => ({
    selectSessions: mySessionsAdapter.getSelectors(selectMySessionsState).selectAll,
  }),
});
