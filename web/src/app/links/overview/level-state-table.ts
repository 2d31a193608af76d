import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LevelOverview } from '../links-api.types';
import { UPLINK_STATES } from '../links-choices';
import { UplinkStateChip } from '../uplink-state-chip';

/** Uplinks by state for each level; a non-zero tally links to the filtered uplink list. */
@Component({
  selector: 'app-level-state-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe, UplinkStateChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table mat-table [dataSource]="levels()" data-testid="level-state-table">
      <ng-container matColumnDef="level">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.uplink.level' | transloco }}</th>
        <td mat-cell *matCellDef="let row">
          <a class="level-link" routerLink="/links/uplinks" [queryParams]="{ level: row.level }">{{
            'links.level.' + row.level | transloco
          }}</a>
        </td>
      </ng-container>
      <ng-container matColumnDef="total">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'links.overview.total' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric">{{ row.total }}</td>
      </ng-container>
      @for (state of states; track state) {
        <ng-container [matColumnDef]="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'links.state.' + state | transloco }}</th>
          <td mat-cell *matCellDef="let row" [attr.data-testid]="'count-' + state">
            @if (row.byState[state] > 0) {
              <a
                class="count-link"
                routerLink="/links/uplinks"
                [queryParams]="{ level: row.level, state: state }"
              >
                <app-uplink-state-chip
                  [state]="state"
                  [count]="row.byState[state]"
                  [isLabelShown]="false"
                />
              </a>
            } @else {
              <span class="muted zero">0</span>
            }
          </td>
        </ng-container>
      }
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" data-testid="level-row"></tr>
    </table>
  `,
  styles: `
    table {
      width: 100%;
    }
    .level-link,
    .count-link {
      color: inherit;
      text-decoration: none;
    }
    .level-link:hover {
      text-decoration: underline;
    }
    .zero {
      padding-left: 12px;
    }
    td,
    th {
      white-space: nowrap;
    }
    .mat-mdc-cell,
    .mat-mdc-header-cell {
      padding: 0 8px;
    }
  `,
})
export class LevelStateTable {
  readonly levels = input.required<LevelOverview[]>();

  protected readonly states = UPLINK_STATES;
  protected readonly columns = ['level', 'total', ...UPLINK_STATES];
}
