import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UplinkState } from './links-choices';

/** An uplink state as a coloured chip; the reason, when given, is its tooltip. */
@Component({
  selector: 'app-uplink-state-chip',
  imports: [MatChipsModule, MatTooltipModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-set [attr.aria-label]="'links.uplink.state' | transloco">
      <mat-chip
        disableRipple
        [class]="'state-chip state-' + state()"
        [attr.data-testid]="'state-chip'"
        [attr.data-state]="state()"
        [matTooltip]="reason() ?? ''"
        [matTooltipDisabled]="!reason()"
      >
        @if (isLabelShown()) {
          {{ 'links.state.' + state() | transloco }}
        } @else {
          <span class="cdk-visually-hidden">{{ 'links.state.' + state() | transloco }}</span>
        }
        @if (count() !== null) {
          <span class="count" [class.alone]="!isLabelShown()">{{ count() }}</span>
        }
      </mat-chip>
    </mat-chip-set>
  `,
  styleUrl: './uplink-state-chip.scss',
})
export class UplinkStateChip {
  readonly state = input.required<UplinkState>();
  readonly reason = input<string | null>(null);
  /** When set, the chip reads "<state> <count>" (a tally of uplinks in that state). */
  readonly count = input<number | null>(null);
  /** False in tables whose column header already names the state: the chip shows the count. */
  readonly isLabelShown = input(true);
}
