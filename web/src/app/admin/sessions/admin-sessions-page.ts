import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import type { SessionInfo } from '../../auth/auth-api.types';
import { SessionTable } from '../../auth/sessions/session-table';
import { AdminSessionsPageActions } from './admin-sessions.actions';
import { adminSessionsFeature } from './admin-sessions.feature';

function accountIdOf(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

/** `/admin/sessions[?accountId=]`: every account's sessions; any but one's own can be ended. */
@Component({
  selector: 'app-admin-sessions-page',
  imports: [
    LoadErrorPanel,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    SessionTable,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'admin.sessions.title' | transloco }}</h1>
      <span class="meta" data-testid="session-count">
        {{ 'admin.sessions.intro' | transloco }}
        {{ 'admin.sessions.count' | transloco: { count: sessions().length } }}
      </span>
      @if (accountId(); as accountId) {
        <span class="meta">· {{ 'admin.sessions.filteredBy' | transloco: { id: accountId } }}</span>
        <a mat-button routerLink="/admin/sessions">{{ 'admin.sessions.showAll' | transloco }}</a>
      }
    </header>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }
    <app-session-table [sessions]="sessions()" [showAccount]="true" (endSession)="onEnd($event)" />
  `,
  styles: `
    .progress-slot {
      height: 4px;
    }
  `,
})
export class AdminSessionsPage {
  private readonly store = inject(Store);
  private readonly queryParams = toSignal(inject(ActivatedRoute).queryParams, {
    requireSync: true,
  });

  protected readonly accountId = computed(() => accountIdOf(this.queryParams()['accountId']));
  protected readonly sessions = this.store.selectSignal(adminSessionsFeature.selectSessions);
  protected readonly isLoading = this.store.selectSignal(adminSessionsFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(adminSessionsFeature.selectError);

  constructor() {
    effect(() => {
      const accountId = this.accountId();
      untracked(() => this.store.dispatch(AdminSessionsPageActions.opened({ accountId })));
    });
  }

  protected onEnd(session: SessionInfo): void {
    this.store.dispatch(AdminSessionsPageActions.endClicked({ sessionId: session.id }));
  }

  protected onRetry(): void {
    this.store.dispatch(AdminSessionsPageActions.retryClicked());
  }
}
