import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AlertSeverity } from './alert-choices';

/** A severity as a coloured chip (critical red … warning amber), optionally with a count. */
@Component({
  selector: 'app-alert-severity-chip',
  imports: [MatChipsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-set [attr.aria-label]="'alerts.field.severity' | transloco">
      <mat-chip
        disableRipple
        [class]="'severity-chip severity-' + severity()"
        [attr.data-severity]="severity()"
      >
        {{ 'alerts.severity.' + severity() | transloco }}
        @if (count() !== null) {
          <span class="count">{{ count() }}</span>
        }
      </mat-chip>
    </mat-chip-set>
  `,
  styles: `
    .severity-chip {
      --mdc-chip-label-text-color: #fff;
      --mat-chip-label-text-color: #fff;
    }
    .severity-critical {
      --mdc-chip-elevated-container-color: #b3261e;
      --mat-chip-elevated-container-color: #b3261e;
    }
    .severity-major {
      --mdc-chip-elevated-container-color: #e8710a;
      --mat-chip-elevated-container-color: #e8710a;
    }
    .severity-minor {
      --mdc-chip-elevated-container-color: #c19100;
      --mat-chip-elevated-container-color: #c19100;
    }
    .severity-warning {
      --mdc-chip-elevated-container-color: #5f6368;
      --mat-chip-elevated-container-color: #5f6368;
    }
    .count {
      margin-left: 6px;
      font-weight: 600;
    }
  `,
})
export class AlertSeverityChip {
  readonly severity = input.required<AlertSeverity>();
  readonly count = input<number | null>(null);
}
