import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  type UplinkAvailability as Availability,
  formatAvailability,
} from '../availability/availability-api.types';

/** The uplink's availability month by month (the running month first). */
@Component({
  selector: 'app-uplink-availability',
  imports: [MatTableModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (availability(); as availability) {
      <table mat-table [dataSource]="availability.items" data-testid="uplink-availability">
        <ng-container matColumnDef="month">
          <th mat-header-cell *matHeaderCellDef>{{ 'availability.month' | transloco }}</th>
          <td mat-cell *matCellDef="let row">{{ row.month }}</td>
        </ng-container>
        <ng-container matColumnDef="availability">
          <th mat-header-cell *matHeaderCellDef class="numeric">
            {{ 'availability.availability' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row" class="numeric">{{ format(row.availability) }}</td>
        </ng-container>
        <ng-container matColumnDef="down">
          <th mat-header-cell *matHeaderCellDef class="numeric">
            {{ 'availability.downHours' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row" class="numeric">
            {{ (row.downSeconds / 3600).toFixed(2) }}
          </td>
        </ng-container>
        <ng-container matColumnDef="unknown">
          <th mat-header-cell *matHeaderCellDef class="numeric">
            {{ 'availability.unknownHours' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row" class="numeric">
            {{ (row.unknownSeconds / 3600).toFixed(1) }}
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
      <p class="muted">{{ 'availability.definition' | transloco }}</p>
    } @else {
      <p class="muted">{{ 'availability.unavailable' | transloco }}</p>
    }
  `,
  styles: `
    .numeric {
      text-align: right;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
  `,
})
export class UplinkAvailability {
  readonly uplinkId = input.required<number>();
  readonly months = input(6);

  private readonly http = inject(HttpClient);
  protected readonly columns = ['month', 'availability', 'down', 'unknown'];
  protected readonly format = formatAvailability;

  protected readonly availability = toSignal(
    toObservable(this.uplinkId).pipe(
      switchMap((uplinkId) =>
        this.http
          .get<Availability>(`/api/uplinks/${uplinkId}/availability`, {
            params: { months: String(this.months()) },
          })
          .pipe(
            map((availability): Availability | null => availability),
            catchError(() => of(null)),
          ),
      ),
    ),
    { initialValue: null },
  );
}
