import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, catchError, filter, switchMap, timer } from 'rxjs';
import { AlertsApi } from '../links/alerts/alerts-api';
import type { AlertCounts } from '../links/alerts/alerts-api.types';

/**
 * How often the shell re-reads the open-alert counts. Short polling rather than Server-Sent
 * Events: the alert engine itself evaluates every 30 s, so a push could not be fresher; one
 * indexed, grouped COUNT per tab per 30 s is cheap; and a plain request passes the session,
 * CSRF and audit pipeline, proxies and HTTP/1.1's six-connections-per-origin limit the way
 * every other live view does, where a stream held open per tab would not.
 */
export const ALERT_COUNT_INTERVAL_MS = 30_000;

/**
 * The toolbar's live count of open alerts (the unacknowledged ones in the badge). Medium, not
 * small: Material 3 draws a small badge as a bare dot, without the number.
 */
@Component({
  selector: 'app-alert-counter',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      mat-icon-button
      routerLink="/links/alerts"
      data-testid="alert-counter"
      [attr.data-open]="counts()?.open ?? 0"
      [attr.data-unacknowledged]="unacknowledged()"
      [matBadge]="unacknowledged()"
      [matBadgeHidden]="unacknowledged() === 0"
      [matBadgeColor]="hasCritical() ? 'warn' : 'accent'"
      matBadgeSize="medium"
      [matTooltip]="'alerts.counter.tooltip' | transloco: tooltipParams()"
      [attr.aria-label]="'alerts.counter.tooltip' | transloco: tooltipParams()"
    >
      <mat-icon svgIcon="notifications" />
    </a>
  `,
})
export class AlertCounter {
  /** Off for accounts that cannot read alerts: no request is made. */
  readonly isActive = input(true);
  readonly intervalMs = input(ALERT_COUNT_INTERVAL_MS);

  private readonly api = inject(AlertsApi);
  private readonly document = inject(DOCUMENT);

  protected readonly counts = toSignal<AlertCounts | null>(
    toObservable(
      computed(() => ({ isActive: this.isActive(), intervalMs: this.intervalMs() })),
    ).pipe(
      switchMap(({ isActive, intervalMs }) =>
        isActive
          ? timer(0, intervalMs).pipe(
              filter(() => !this.document.hidden),
              // A failed read keeps the last count shown; the next tick tries again.
              switchMap(() => this.api.counts().pipe(catchError(() => EMPTY))),
            )
          : EMPTY,
      ),
    ),
    { initialValue: null },
  );

  protected readonly unacknowledged = computed(() => this.counts()?.unacknowledged ?? 0);
  protected readonly hasCritical = computed(
    () => (this.counts()?.unacknowledgedBySeverity.critical ?? 0) > 0,
  );
  protected readonly tooltipParams = computed(() => ({
    open: this.counts()?.open ?? 0,
    unacknowledged: this.unacknowledged(),
  }));
}
