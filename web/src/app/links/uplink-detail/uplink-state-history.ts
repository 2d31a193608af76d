import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { type ApiError, toApiError } from '../../api-errors/api-error';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { UplinkStateChip } from '../uplink-state-chip';
import { buildStateTimelineOptions } from './uplink-state-history-chart';
import { reasonTranslation } from './uplink-state-history-reasons';
import {
  STATE_HISTORY_WINDOWS,
  type StateHistoryWindow,
  type UplinkStateChange,
  type UplinkStateHistory as History,
} from './uplink-state-history.types';

type Loaded = { history: History | null; error: ApiError | null; isLoading: boolean };

/**
 * The uplink's tier state over a window: a timeline and the changes (newest first, paged) with
 * their reasons in the reader's language. Self-contained: it reads its own endpoint.
 */
@Component({
  selector: 'app-uplink-state-history',
  imports: [
    DatePipe,
    LoadErrorPanel,
    MatButtonToggleModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    NgxEchartsDirective,
    TranslocoPipe,
    UplinkStateChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="window()"
      (change)="onWindow($event.value)"
      data-testid="history-window"
    >
      @for (option of windows; track option) {
        <mat-button-toggle [value]="option">{{
          'links.history.windows.' + option | transloco
        }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
    <div class="progress-slot">
      @if (loaded().isLoading) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (loaded().error; as error) {
      <app-load-error-panel [error]="error" (retry)="reload()" />
    }
    @if (loaded().history; as history) {
      <div echarts class="timeline" [options]="chartOptions()" data-testid="state-timeline"></div>
      <table mat-table [dataSource]="history.items" data-testid="state-history-table">
        <ng-container matColumnDef="changedAt">
          <th mat-header-cell *matHeaderCellDef>{{ 'links.history.time' | transloco }}</th>
          <td mat-cell *matCellDef="let row">{{ row.changedAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
        </ng-container>
        <ng-container matColumnDef="change">
          <th mat-header-cell *matHeaderCellDef>{{ 'links.history.change' | transloco }}</th>
          <td mat-cell *matCellDef="let row" class="change">
            @if (row.fromState) {
              <app-uplink-state-chip [state]="row.fromState" />
            } @else {
              <span class="muted">{{ 'links.history.first' | transloco }}</span>
            }
            <span aria-hidden="true">→</span>
            <app-uplink-state-chip [state]="row.toState" />
          </td>
        </ng-container>
        <ng-container matColumnDef="reason">
          <th mat-header-cell *matHeaderCellDef>{{ 'links.history.reason' | transloco }}</th>
          <td mat-cell *matCellDef="let row" data-testid="history-reason">{{ reasonOf(row) }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow>
          <td class="mat-cell empty" [attr.colspan]="columns.length">
            {{ 'links.history.none' | transloco }}
          </td>
        </tr>
      </table>
      <mat-paginator
        [length]="history.total"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[10, 25, 50]"
        (page)="onPage($event)"
      />
    }
  `,
  styles: `
    .progress-slot {
      height: 4px;
    }
    .timeline {
      height: 200px;
    }
    .change {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      padding: 16px;
      text-align: center;
    }
  `,
})
export class UplinkStateHistory {
  readonly uplinkId = input.required<number>();

  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly windows = Object.keys(STATE_HISTORY_WINDOWS) as StateHistoryWindow[];
  protected readonly columns = ['changedAt', 'change', 'reason'];
  protected readonly window = signal<StateHistoryWindow>('7d');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(10);
  private readonly reloads = signal(0);
  private readonly activeLanguage = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  private readonly request = computed(() => ({
    uplinkId: this.uplinkId(),
    window: this.window(),
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));

  protected readonly loaded = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) => {
        const to = new Date();
        const from = new Date(to.getTime() - STATE_HISTORY_WINDOWS[request.window]);
        return this.http
          .get<History>(`/api/uplinks/${request.uplinkId}/state-history`, {
            params: {
              from: from.toISOString(),
              to: to.toISOString(),
              page: String(request.page),
              pageSize: String(request.pageSize),
            },
          })
          .pipe(
            map((history): Loaded => ({ history, error: null, isLoading: false })),
            catchError((error: unknown) =>
              of<Loaded>({ history: null, error: toApiError(error), isLoading: false }),
            ),
            startWith<Loaded>({ history: null, error: null, isLoading: true }),
          );
      }),
    ),
    { initialValue: { history: null, error: null, isLoading: true } satisfies Loaded },
  );

  protected readonly chartOptions = computed(() => {
    this.activeLanguage();
    const history = this.loaded().history;
    return history
      ? buildStateTimelineOptions(history, (state) =>
          this.transloco.translate(`links.state.${state}`),
        )
      : {};
  });

  protected reasonOf(change: UplinkStateChange): string {
    this.activeLanguage();
    const translation = reasonTranslation(change.reasonCode, change.reasonParams);
    return translation
      ? this.transloco.translate(translation.key, translation.params)
      : change.reasonText;
  }

  protected onWindow(window: StateHistoryWindow): void {
    this.window.set(window);
    this.page.set(1);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }
}
