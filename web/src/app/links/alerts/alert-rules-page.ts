import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { AlertSeverityChip } from './alert-severity-chip';
import { AlertRulesPageActions } from './alert-rules.actions';
import { alertRulesFeature } from './alert-rules.feature';

/** 告警规则: one row per kind; the system admin edits (the server checks the permission). */
@Component({
  selector: 'app-alert-rules-page',
  imports: [
    AlertSeverityChip,
    DatePipe,
    LoadErrorPanel,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/links/alerts">← {{ 'alerts.title' | transloco }}</a>
    <h1>{{ 'alerts.rules.title' | transloco }}</h1>
    <p class="muted">{{ 'alerts.rules.explain' | transloco }}</p>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="store.dispatch(actions.retryClicked())" />
    }
    <table mat-table [dataSource]="rules()" data-testid="alert-rules-table">
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.field.kind' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">{{ 'alerts.kind.' + rule.kind | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="severity">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.field.severity' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          <app-alert-severity-chip [severity]="rule.severity" />
        </td>
      </ng-container>
      <ng-container matColumnDef="enabled">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.rules.enabled' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          {{ (rule.isEnabled ? 'alerts.rules.on' : 'alerts.rules.off') | transloco }}
        </td>
      </ng-container>
      <ng-container matColumnDef="hysteresis">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.rules.hysteresis' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          {{
            'alerts.rules.hysteresisValue'
              | transloco: { raise: rule.raiseAfterSeconds, clear: rule.clearAfterSeconds }
          }}
          @if (rule.raiseThreshold !== null) {
            <div class="muted">{{ rule.raiseThreshold }} / {{ rule.clearThreshold }}</div>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="flap">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.rules.flap' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          {{
            'alerts.rules.flapValue'
              | transloco: { changes: rule.flapChanges, minutes: rule.flapWindowSeconds / 60 }
          }}
        </td>
      </ng-container>
      <ng-container matColumnDef="webhook">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.rules.webhookUrl' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">{{ rule.webhookUrl ?? '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="updated">
        <th mat-header-cell *matHeaderCellDef>{{ 'alerts.rules.updated' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          {{ rule.updatedAt | date: 'yyyy-MM-dd HH:mm' }} {{ rule.updatedBy ?? '' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">
          <button
            mat-stroked-button
            type="button"
            data-testid="rule-edit"
            (click)="store.dispatch(actions.editClicked({ rule }))"
          >
            {{ 'alerts.rules.edit' | transloco }}
          </button>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let rule; columns: columns"></tr>
    </table>
  `,
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .progress-slot {
      height: 4px;
    }
  `,
})
export class AlertRulesPage {
  protected readonly store = inject(Store);
  protected readonly actions = AlertRulesPageActions;
  protected readonly rules = this.store.selectSignal(alertRulesFeature.selectRules);
  protected readonly isLoading = this.store.selectSignal(alertRulesFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(alertRulesFeature.selectError);
  protected readonly columns = [
    'kind',
    'severity',
    'enabled',
    'hysteresis',
    'flap',
    'webhook',
    'updated',
    'actions',
  ];

  constructor() {
    this.store.dispatch(AlertRulesPageActions.opened());
  }
}
