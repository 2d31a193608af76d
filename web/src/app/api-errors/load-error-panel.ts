import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from './api-error';
import { apiErrorExplanationKey } from './api-error-description';

/** Inline notice that a load failed, with the retry button. */
@Component({
  selector: 'app-load-error-panel',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel" role="alert" data-testid="load-error">
      <mat-icon svgIcon="error" aria-hidden="true" />
      <div class="text">
        <strong>{{ 'errors.loadFailedTitle' | transloco }}</strong>
        <span>
          @if (explanationKey(); as key) {
            {{ key | transloco }}
          }
          @if (error().message) {
            ({{ error().message }})
          }
        </span>
      </div>
      <button mat-stroked-button type="button" data-testid="retry-button" (click)="retry.emit()">
        {{ 'common.retry' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .panel {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 12px 16px;
      margin: 8px 0;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      display: flex;
      flex-direction: column;
      flex: 1;
    }
  `,
})
export class LoadErrorPanel {
  readonly error = input.required<ApiError>();
  readonly retry = output<void>();

  protected readonly explanationKey = computed(() => apiErrorExplanationKey(this.error()));
}
