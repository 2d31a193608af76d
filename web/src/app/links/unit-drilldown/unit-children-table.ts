import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UnitChild } from '../links-api.types';
import { UPLINK_STATES } from '../links-choices';
import { UplinkStateChip } from '../uplink-state-chip';

/** The units one level down: their own uplink state and the states in their subtrees. */
@Component({
  selector: 'app-unit-children-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe, UplinkStateChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table mat-table [dataSource]="children()" [trackBy]="trackByCode" data-testid="unit-children">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.units.child' | transloco }}</th>
        <td mat-cell *matCellDef="let child">
          <a
            class="child-link"
            data-testid="unit-child-link"
            [routerLink]="['/links/units', child.code]"
            (click)="$event.stopPropagation()"
            >{{ child.name }}</a
          >
          <div class="code muted">{{ child.code }}</div>
        </td>
      </ng-container>
      <ng-container matColumnDef="level">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.uplink.level' | transloco }}</th>
        <td mat-cell *matCellDef="let child">{{ 'links.level.' + child.level | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="uplink">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.units.uplinkState' | transloco }}</th>
        <td mat-cell *matCellDef="let child">
          @if (child.uplink; as uplink) {
            <app-uplink-state-chip [state]="uplink.state" [reason]="uplink.stateReason" />
          } @else {
            <span class="muted">{{ 'links.units.noUplink' | transloco }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="subtotal">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'links.units.subtreeTotal' | transloco }}
        </th>
        <td mat-cell *matCellDef="let child" class="numeric">{{ child.subtree.total }}</td>
      </ng-container>
      <ng-container matColumnDef="subtree">
        <th mat-header-cell *matHeaderCellDef>{{ 'links.units.subtreeStates' | transloco }}</th>
        <td mat-cell *matCellDef="let child">
          <span class="chips">
            @for (state of states; track state) {
              @if (child.subtree.byState[state] > 0) {
                <app-uplink-state-chip [state]="state" [count]="child.subtree.byState[state]" />
              }
            }
          </span>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr
        mat-row
        *matRowDef="let child; columns: columns"
        class="child-row"
        data-testid="unit-child-row"
        [attr.data-unit-code]="child.code"
        (click)="drill.emit(child.code)"
      ></tr>
      <tr class="mat-mdc-row" *matNoDataRow>
        <td class="mat-mdc-cell no-data" [attr.colspan]="columns.length">
          {{ 'links.units.noChildren' | transloco }}
        </td>
      </tr>
    </table>
  `,
  styles: `
    table {
      width: 100%;
    }
    .child-row {
      cursor: pointer;
    }
    .child-row:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .child-link {
      color: var(--mat-sys-primary);
      text-decoration: none;
      font-weight: 500;
    }
    .code {
      font-size: 0.75rem;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .no-data {
      padding: 24px 16px;
      text-align: center;
    }
  `,
})
export class UnitChildrenTable {
  readonly children = input.required<UnitChild[]>();
  /** Code of the child the operator clicked to drill into. */
  readonly drill = output<string>();

  protected readonly states = UPLINK_STATES;
  protected readonly columns = ['name', 'level', 'uplink', 'subtotal', 'subtree'];
  protected readonly trackByCode = (_index: number, child: UnitChild) => child.code;
}
