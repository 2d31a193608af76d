import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { AlertSeverityChip } from './alert-severity-chip';
import { alertsFeature } from './alerts.feature';

/** One alert with its whole history, from the store (the effect loads it as the dialog opens). */
@Component({
  selector: 'app-alert-detail-dialog',
  imports: [
    AlertSeverityChip,
    DatePipe,
    MatButtonModule,
    MatDialogModule,
    MatListModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'alerts.detail.title' | transloco }}</h2>
    <mat-dialog-content>
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (alert(); as current) {
        <div class="head">
          <app-alert-severity-chip [severity]="current.severity" />
          <strong data-testid="alert-detail-summary">{{ current.summary }}</strong>
        </div>
        <dl class="facts">
          <dt>{{ 'alerts.field.kind' | transloco }}</dt>
          <dd>{{ 'alerts.kind.' + current.kind | transloco }}</dd>
          <dt>{{ 'alerts.field.status' | transloco }}</dt>
          <dd>
            {{ 'alerts.status.' + current.status | transloco }}
            @if (current.isFlapping) {
              · {{ 'alerts.flapping' | transloco }}
            }
          </dd>
          <dt>{{ 'alerts.field.conditionSince' | transloco }}</dt>
          <dd>{{ current.conditionSince | date: 'yyyy-MM-dd HH:mm:ss' }}</dd>
          <dt>{{ 'alerts.field.raisedAt' | transloco }}</dt>
          <dd>{{ current.raisedAt | date: 'yyyy-MM-dd HH:mm:ss' }}</dd>
          @if (current.subject.type === 'uplink') {
            <dt>{{ 'alerts.field.subject' | transloco }}</dt>
            <dd>
              <a [routerLink]="['/links/uplinks', current.subject.id]" mat-dialog-close>{{
                current.unit?.name
              }}</a>
            </dd>
          }
        </dl>
        <h3>{{ 'alerts.detail.history' | transloco }}</h3>
        <mat-list data-testid="alert-history">
          @for (event of current.events; track event.id) {
            <mat-list-item>
              <span matListItemTitle
                >{{ 'alerts.event.' + event.type | transloco }}
                @if (event.username) {
                  · {{ event.username }}
                }
              </span>
              <span matListItemLine
                >{{ event.occurredAt | date: 'yyyy-MM-dd HH:mm:ss' }}
                @if (event.comment) {
                  · {{ event.comment }}
                }
                @if (event.details?.['error']) {
                  · {{ event.details?.['error'] }}
                }
              </span>
            </mat-list-item>
          }
        </mat-list>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .head {
      display: flex;
      gap: 12px;
      align-items: center;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dd {
      margin: 0;
    }
  `,
})
export class AlertDetailDialog {
  private readonly store = inject(Store);
  protected readonly alert = this.store.selectSignal(alertsFeature.selectDetail);
  protected readonly isLoading = this.store.selectSignal(alertsFeature.selectIsDetailLoading);
}
