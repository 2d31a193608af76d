import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { CityComplianceTable } from './city-compliance-table';
import { HubeiMap } from './hubei-map';
import { LevelStateTable } from './level-state-table';
import { OverviewPageActions } from './overview.actions';
import { overviewFeature } from './overview.feature';

/** `/links/overview`: the province's uplinks by level and by city. */
@Component({
  selector: 'app-overview-page',
  imports: [
    CityComplianceTable,
    DatePipe,
    HubeiMap,
    LevelStateTable,
    LoadErrorPanel,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  protected readonly levels = this.store.selectSignal(overviewFeature.selectLevelsInTreeOrder);
  protected readonly cities = this.store.selectSignal(overviewFeature.selectCities);
  protected readonly generatedAt = this.store.selectSignal(overviewFeature.selectGeneratedAt);
  protected readonly lastPollAt = this.store.selectSignal(overviewFeature.selectLastPollAt);
  protected readonly isLoading = this.store.selectSignal(overviewFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(overviewFeature.selectError);

  constructor() {
    this.store.dispatch(OverviewPageActions.opened());
    inject(DestroyRef).onDestroy(() => this.store.dispatch(OverviewPageActions.closed()));
  }

  protected onRetry(): void {
    this.store.dispatch(OverviewPageActions.retryClicked());
  }

  protected onCitySelected(code: string): void {
    void this.router.navigate(['/links/units', code]);
  }
}
