import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { BitRatePipe, MbpsPipe } from '../bit-rate';
import type { TrafficRange, TrafficResolutionChoice } from '../links-api.types';
import { UplinkStateChip } from '../uplink-state-chip';
import { UtilisationBar } from '../utilisation-bar';
import { TrafficChart } from './traffic-chart';
import { UplinkDetailPageActions } from './uplink-detail.actions';
import { uplinkDetailFeature } from './uplink-detail.feature';
import { UplinkAvailability } from './uplink-availability';
import { UplinkMembersTable } from './uplink-members-table';
import { UplinkStateHistory } from './uplink-state-history';

/** `/links/uplinks/:id`: one uplink, its circuits and their traffic. */
@Component({
  selector: 'app-uplink-detail-page',
  imports: [
    BitRatePipe,
    DatePipe,
    LoadErrorPanel,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MbpsPipe,
    RouterLink,
    TrafficChart,
    TranslocoPipe,
    UplinkAvailability,
    UplinkMembersTable,
    UplinkStateChip,
    UplinkStateHistory,
    UtilisationBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './uplink-detail-page.html',
  styleUrl: './uplink-detail-page.scss',
})
export class UplinkDetailPage {
  private readonly store = inject(Store);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();
  private readonly uplinkId = computed(() => Number(this.id()));

  protected readonly uplink = this.store.selectSignal(uplinkDetailFeature.selectSelectedUplink);
  protected readonly isLoading = this.store.selectSignal(uplinkDetailFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(uplinkDetailFeature.selectError);
  protected readonly traffic = this.store.selectSignal(uplinkDetailFeature.selectTraffic);
  protected readonly trafficRange = this.store.selectSignal(uplinkDetailFeature.selectTrafficRange);
  protected readonly trafficResolution = this.store.selectSignal(
    uplinkDetailFeature.selectTrafficResolution,
  );
  protected readonly isTrafficLoading = this.store.selectSignal(
    uplinkDetailFeature.selectIsTrafficLoading,
  );
  protected readonly trafficError = this.store.selectSignal(uplinkDetailFeature.selectTrafficError);

  constructor() {
    effect(() => {
      const id = this.uplinkId();
      untracked(() => this.store.dispatch(UplinkDetailPageActions.opened({ id })));
    });
    inject(DestroyRef).onDestroy(() => this.store.dispatch(UplinkDetailPageActions.closed()));
  }

  protected onRangeChange(range: TrafficRange): void {
    this.store.dispatch(UplinkDetailPageActions.rangeChanged({ range }));
  }

  protected onResolutionChange(resolution: TrafficResolutionChoice): void {
    this.store.dispatch(UplinkDetailPageActions.resolutionChanged({ resolution }));
  }

  protected onRetry(): void {
    this.store.dispatch(UplinkDetailPageActions.retryClicked());
  }
}
