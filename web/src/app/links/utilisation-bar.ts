import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';

/** Above this share of the contracted bandwidth a link is drawn as busy, above the next as hot. */
export const BUSY_UTILISATION = 0.7;
export const HOT_UTILISATION = 0.9;

/** Utilisation of the contracted bandwidth (0..1) as a bar and a percentage. */
@Component({
  selector: 'app-utilisation-bar',
  imports: [MatProgressBarModule, PercentPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let value = utilisation();
    @if (value === null) {
      <span class="value muted">—</span>
    } @else {
      <mat-progress-bar
        mode="determinate"
        [value]="percent()"
        [class]="level()"
        [attr.aria-label]="'links.uplink.utilisation' | transloco"
      />
      <span class="value">{{ value | percent: '1.0-0' }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      min-width: 120px;
    }
    mat-progress-bar {
      width: 72px;
      --mat-progress-bar-track-height: 6px;
      --mat-progress-bar-active-indicator-height: 6px;
      --mat-progress-bar-active-indicator-color: var(--state-compliant);
    }
    .busy {
      --mat-progress-bar-active-indicator-color: var(--state-under-provisioned);
    }
    .hot {
      --mat-progress-bar-active-indicator-color: var(--state-down);
    }
    .value {
      min-width: 3em;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class UtilisationBar {
  readonly utilisation = input<number | null>(null);

  protected readonly percent = computed(() => Math.min(100, (this.utilisation() ?? 0) * 100));
  protected readonly level = computed(() => {
    const value = this.utilisation() ?? 0;
    return value >= HOT_UTILISATION ? 'hot' : value >= BUSY_UTILISATION ? 'busy' : 'ok';
  });
}
