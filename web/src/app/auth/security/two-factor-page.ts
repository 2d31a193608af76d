import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { apiErrorExplanationKey } from '../../api-errors/api-error-description';
import { authFeature } from '../auth.feature';
import { TotpDisableForm } from './totp-disable-form';
import { TotpSelfEnrolment } from './totp-self-enrolment';
import { TwoFactorPageActions } from './totp-settings.actions';
import { totpSettingsFeature } from './totp-settings.feature';

/**
 * `/account/security`: one's own second factor (TOTP). Any account may switch it on; only
 * accounts without an admin duty may switch it off again, with their password.
 */
@Component({
  selector: 'app-two-factor-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TotpDisableForm,
    TotpSelfEnrolment,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './two-factor-page.html',
  styleUrl: './two-factor-page.scss',
})
export class TwoFactorPage {
  private readonly store = inject(Store);

  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly isEnabled = computed(() => this.account()?.totpEnabled ?? false);
  protected readonly isRequired = computed(() => this.account()?.totpRequired ?? false);
  protected readonly enrolment = this.store.selectSignal(totpSettingsFeature.selectEnrolment);
  protected readonly isBusy = this.store.selectSignal(totpSettingsFeature.selectIsBusy);
  protected readonly isCodeWrong = this.store.selectSignal(totpSettingsFeature.selectIsCodeWrong);
  protected readonly isPasswordWrong = this.store.selectSignal(
    totpSettingsFeature.selectIsPasswordWrong,
  );
  private readonly otherError = this.store.selectSignal(totpSettingsFeature.selectOtherError);

  /** A refusal that is not about the code or the password (network, conflict, refused…). */
  protected readonly errorText = computed(() => {
    const error = this.otherError();
    return error ? { key: apiErrorExplanationKey(error), message: error.message || null } : null;
  });

  constructor() {
    this.store.dispatch(TwoFactorPageActions.opened());
  }

  protected onStart(): void {
    this.store.dispatch(TwoFactorPageActions.startClicked());
  }

  protected onConfirm(code: string): void {
    this.store.dispatch(TwoFactorPageActions.codeSubmitted({ code }));
  }

  protected onCancel(): void {
    this.store.dispatch(TwoFactorPageActions.enrolmentCancelled());
  }

  protected onDisable(password: string): void {
    this.store.dispatch(TwoFactorPageActions.disableSubmitted({ password }));
  }
}
