import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CityOverview } from '../links-api.types';
import { UPLINK_STATES, UplinkState } from '../links-choices';
import { UplinkStateChip } from '../uplink-state-chip';

/** Each city-level unit's subtree: compliance ratio and the states that need attention. */
@Component({
  selector: 'app-city-compliance-table',
  imports: [MatTableModule, PercentPipe, RouterLink, TranslocoPipe, UplinkStateChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table mat-table [dataSource]="cities()" data-testid="city-table">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.overview.city' | transloco }}</th>
        <td mat-cell *matCellDef="let city">
          <a class="city-link" [routerLink]="['/links/units', city.code]">{{ city.name }}</a>
        </td>
      </ng-container>
      <ng-container matColumnDef="total">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'links.overview.total' | transloco }}
        </th>
        <td mat-cell *matCellDef="let city" class="numeric">{{ city.total }}</td>
      </ng-container>
      <ng-container matColumnDef="ratio">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'links.overview.map.compliantRatio' | transloco }}
        </th>
        <td mat-cell *matCellDef="let city" class="numeric">
          {{ city.compliantRatio === null ? '—' : (city.compliantRatio | percent: '1.0-1') }}
        </td>
      </ng-container>
      <ng-container matColumnDef="problems">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.overview.problems' | transloco }}</th>
        <td mat-cell *matCellDef="let city">
          <span class="chips">
            @for (state of problemStates; track state) {
              @if (city.byState[state] > 0) {
                <a
                  class="chip-link"
                  routerLink="/links/uplinks"
                  [queryParams]="{ city: city.code, state: state }"
                >
                  <app-uplink-state-chip [state]="state" [count]="city.byState[state]" />
                </a>
              }
            }
          </span>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let city; columns: columns" data-testid="city-row"></tr>
    </table>
  `,
  styles: `
    table {
      width: 100%;
    }
    .city-link {
      color: var(--mat-sys-primary);
      text-decoration: none;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .chip-link {
      text-decoration: none;
    }
  `,
})
export class CityComplianceTable {
  readonly cities = input.required<CityOverview[]>();

  protected readonly problemStates = UPLINK_STATES.filter(
    (state) => state !== UplinkState.Compliant,
  );
  protected readonly columns = ['name', 'total', 'ratio', 'problems'];
}
