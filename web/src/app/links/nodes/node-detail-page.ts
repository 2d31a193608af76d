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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { authFeature } from '../../auth/auth.feature';
import { Role } from '../../auth/roles';
import { TEXT_ENCODINGS, type TextEncoding } from './node-choices';
import { NodeDetailPageActions } from './node-detail.actions';
import { nodeDetailFeature } from './node-detail.feature';
import { NodeInterfacesTable } from './node-interfaces-table';

/** Roles holding nodes.write: they may start a discovery and change the text encoding. */
const NODE_WRITERS: readonly string[] = [Role.NetworkOperator, Role.SystemAdmin];

/** `/links/nodes/:id`: what the node is, whether it answers, its discovery and interfaces. */
@Component({
  selector: 'app-node-detail-page',
  imports: [
    DatePipe,
    LoadErrorPanel,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    NodeInterfacesTable,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './node-detail-page.html',
  styleUrl: './node-detail-page.scss',
})
export class NodeDetailPage {
  private readonly store = inject(Store);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();
  private readonly nodeId = computed(() => Number(this.id()));

  protected readonly node = this.store.selectSignal(nodeDetailFeature.selectNode);
  protected readonly interfaces = this.store.selectSignal(nodeDetailFeature.selectInterfaces);
  protected readonly absentCount = this.store.selectSignal(nodeDetailFeature.selectAbsentCount);
  protected readonly isLoading = this.store.selectSignal(nodeDetailFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(nodeDetailFeature.selectError);
  protected readonly isInProgress = this.store.selectSignal(
    nodeDetailFeature.selectIsDiscoveryInProgress,
  );
  protected readonly isRequesting = this.store.selectSignal(
    nodeDetailFeature.selectIsRequestingDiscovery,
  );
  protected readonly isSavingEncoding = this.store.selectSignal(
    nodeDetailFeature.selectIsSavingEncoding,
  );
  private readonly roles = this.store.selectSignal(authFeature.selectRoles);
  protected readonly canWrite = computed(() =>
    this.roles().some((role) => NODE_WRITERS.includes(role)),
  );
  protected readonly encodings = TEXT_ENCODINGS;

  constructor() {
    effect(() => {
      const id = this.nodeId();
      untracked(() => this.store.dispatch(NodeDetailPageActions.opened({ id })));
    });
    inject(DestroyRef).onDestroy(() => this.store.dispatch(NodeDetailPageActions.closed()));
  }

  protected onDiscoverNow(): void {
    this.store.dispatch(NodeDetailPageActions.discoverNowClicked());
  }

  protected onEncodingChange(textEncoding: TextEncoding): void {
    this.store.dispatch(NodeDetailPageActions.textEncodingChanged({ textEncoding }));
  }

  protected onRetry(): void {
    this.store.dispatch(NodeDetailPageActions.retryClicked());
  }
}
