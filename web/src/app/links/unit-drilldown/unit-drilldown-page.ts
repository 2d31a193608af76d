import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { UnitChildrenTable } from './unit-children-table';
import { UnitDrilldownPageActions } from './unit-drilldown.actions';
import { unitDrilldownFeature } from './unit-drilldown.feature';
import { UnitUplinkCard } from './unit-uplink-card';

/** `/links/units/:code`: province → city → county → township, one unit at a time. */
@Component({
  selector: 'app-unit-drilldown-page',
  imports: [
    LoadErrorPanel,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    UnitChildrenTable,
    UnitUplinkCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-drilldown-page.html',
  styleUrl: './unit-drilldown-page.scss',
})
export class UnitDrilldownPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  /** Route parameter (component input binding). */
  readonly code = input.required<string>();

  protected readonly unit = this.store.selectSignal(unitDrilldownFeature.selectSelectedUnit);
  protected readonly isLoading = this.store.selectSignal(unitDrilldownFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(unitDrilldownFeature.selectError);

  constructor() {
    effect(() => {
      const code = this.code();
      untracked(() => this.store.dispatch(UnitDrilldownPageActions.opened({ code })));
    });
  }

  protected onDrill(code: string): void {
    void this.router.navigate(['/links/units', code]);
  }

  protected onRetry(): void {
    this.store.dispatch(UnitDrilldownPageActions.retryClicked());
  }
}
