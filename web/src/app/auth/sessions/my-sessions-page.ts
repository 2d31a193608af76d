import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import type { SessionInfo } from '../auth-api.types';
import { MySessionsPageActions } from './my-sessions.actions';
import { mySessionsFeature } from './my-sessions.feature';
import { SessionTable } from './session-table';

/** `/account/sessions`: where this account is signed in; any other session can be ended. */
@Component({
  selector: 'app-my-sessions-page',
  imports: [LoadErrorPanel, MatProgressBarModule, SessionTable, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'account.sessions.title' | transloco }}</h1>
      <span class="meta">{{ 'account.sessions.intro' | transloco }}</span>
    </header>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }
    <app-session-table [sessions]="sessions()" (endSession)="onEnd($event)" />
  `,
  styles: `
    .progress-slot {
      height: 4px;
    }
  `,
})
export class MySessionsPage {
  private readonly store = inject(Store);

  protected readonly sessions = this.store.selectSignal(mySessionsFeature.selectSessions);
  protected readonly isLoading = this.store.selectSignal(mySessionsFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(mySessionsFeature.selectError);

  constructor() {
    this.store.dispatch(MySessionsPageActions.opened());
  }

  protected onEnd(session: SessionInfo): void {
    this.store.dispatch(MySessionsPageActions.endClicked({ sessionId: session.id }));
  }

  protected onRetry(): void {
    this.store.dispatch(MySessionsPageActions.retryClicked());
  }
}
