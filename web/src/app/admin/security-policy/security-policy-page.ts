import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { SaveErrorPanel } from '../save-error-panel';
import type { SecurityPolicy } from './security-policy';
import { SecurityPolicyForm } from './security-policy-form';
import { SecurityPolicyPageActions } from './security-policy.actions';
import { securityPolicyFeature } from './security-policy.feature';

/** `/admin/security-policy`: the security admin's password, lockout and session policy. */
@Component({
  selector: 'app-security-policy-page',
  imports: [
    SaveErrorPanel,
    LoadErrorPanel,
    MatProgressBarModule,
    SecurityPolicyForm,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'admin.policy.title' | transloco }}</h1>
    </header>
    <p class="intro muted">{{ 'admin.policy.intro' | transloco }}</p>
    <div class="progress-slot">
      @if (isLoading() || isSaving()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (loadError(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }
    @if (policy(); as policy) {
      <app-security-policy-form
        [policy]="policy"
        [isSaving]="isSaving()"
        [fieldErrors]="saveFieldErrors()"
        (save)="onSave($event)"
      />
      <app-save-error-panel [error]="saveError()" />
    }
  `,
  styles: `
    .intro {
      max-width: 720px;
    }
    .progress-slot {
      height: 4px;
      margin-bottom: 8px;
    }
  `,
})
export class SecurityPolicyPage {
  private readonly store = inject(Store);

  protected readonly policy = this.store.selectSignal(securityPolicyFeature.selectPolicy);
  protected readonly isLoading = this.store.selectSignal(securityPolicyFeature.selectIsLoading);
  protected readonly loadError = this.store.selectSignal(securityPolicyFeature.selectLoadError);
  protected readonly isSaving = this.store.selectSignal(securityPolicyFeature.selectIsSaving);
  protected readonly saveError = this.store.selectSignal(securityPolicyFeature.selectSaveError);
  protected readonly saveFieldErrors = this.store.selectSignal(
    securityPolicyFeature.selectSaveFieldErrors,
  );

  constructor() {
    this.store.dispatch(SecurityPolicyPageActions.opened());
  }

  protected onSave(policy: SecurityPolicy): void {
    this.store.dispatch(SecurityPolicyPageActions.saveClicked({ policy }));
  }

  protected onRetry(): void {
    this.store.dispatch(SecurityPolicyPageActions.retryClicked());
  }
}
