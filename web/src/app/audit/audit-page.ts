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
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../api-errors/load-error-panel';
import type { AuditEvent } from './audit-api.types';
import { AuditFilterBar } from './audit-filter-bar';
import { type AuditFilters, auditCsvHref, isSameAuditQuery, parseAuditQuery } from './audit-query';
import { AuditTable } from './audit-table';
import { AuditVerifyPanel } from './audit-verify-panel';
import { AuditPageActions } from './audit.actions';
import { auditFeature } from './audit.feature';

/** `/audit`: the audit admin's view of the trail, with export and chain verification. */
@Component({
  selector: 'app-audit-page',
  imports: [
    AuditFilterBar,
    AuditTable,
    AuditVerifyPanel,
    LoadErrorPanel,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'audit.title' | transloco }}</h1>
      <span class="meta" data-testid="audit-count">
        {{ 'audit.count' | transloco: { count: matchCount() ?? 0 } }}
      </span>
      <span class="spacer"></span>
      <a
        mat-stroked-button
        data-testid="audit-export"
        download
        [href]="csvHref()"
        [matTooltip]="'audit.exportHint' | transloco"
      >
        <mat-icon svgIcon="download" />
        {{ 'audit.export' | transloco }}
      </a>
    </header>

    <app-audit-verify-panel
      [isVerifying]="isVerifying()"
      [verification]="verification()"
      [error]="verificationError()"
      (verify)="onVerify()"
    />

    <app-audit-filter-bar [query]="urlQuery()" (filtersChange)="onFiltersChange($event)" />

    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }

    <app-audit-table
      [rows]="rows()"
      [matchCount]="matchCount() ?? 0"
      [query]="urlQuery()"
      (pageChange)="onPageChange($event)"
      (details)="onDetails($event)"
    />
  `,
  styles: `
    .spacer {
      flex: 1;
    }
    .progress-slot {
      height: 4px;
    }
  `,
})
export class AuditPage {
  private readonly store = inject(Store);
  private readonly queryParams = toSignal(inject(ActivatedRoute).queryParams, {
    requireSync: true,
  });

  protected readonly urlQuery = computed(() => parseAuditQuery(this.queryParams()), {
    equal: isSameAuditQuery,
  });
  protected readonly csvHref = computed(() => auditCsvHref(this.urlQuery()));
  protected readonly rows = this.store.selectSignal(auditFeature.selectPageRows);
  protected readonly matchCount = this.store.selectSignal(auditFeature.selectMatchCount);
  protected readonly isLoading = this.store.selectSignal(auditFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(auditFeature.selectError);
  protected readonly isVerifying = this.store.selectSignal(auditFeature.selectIsVerifying);
  protected readonly verification = this.store.selectSignal(auditFeature.selectVerification);
  protected readonly verificationError = this.store.selectSignal(
    auditFeature.selectVerificationError,
  );

  constructor() {
    effect(() => {
      const query = this.urlQuery();
      untracked(() => this.store.dispatch(AuditPageActions.urlQueryChanged({ query })));
    });
  }

  protected onFiltersChange(filters: AuditFilters): void {
    this.store.dispatch(AuditPageActions.filtersChanged({ filters }));
  }

  protected onPageChange(change: { page: number; pageSize: number }): void {
    this.store.dispatch(AuditPageActions.pageChanged(change));
  }

  protected onDetails(event: AuditEvent): void {
    this.store.dispatch(AuditPageActions.detailsClicked({ event }));
  }

  protected onVerify(): void {
    this.store.dispatch(AuditPageActions.verifyClicked());
  }

  protected onRetry(): void {
    this.store.dispatch(AuditPageActions.retryClicked());
  }
}
