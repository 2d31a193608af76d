import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { SignInPageActions } from '../auth.actions';
import { SignInStep, authFeature } from '../auth.feature';
import { safeReturnUrl } from '../return-url';
import { CredentialsForm } from './credentials-form';
import { describeSignInError } from './sign-in-error';
import { TotpCodeForm } from './totp-code-form';
import { TotpEnrolmentPanel } from './totp-enrolment-panel';

/** `/sign-in`: username and password, then the second factor (or its first set-up). */
@Component({
  selector: 'app-sign-in-page',
  imports: [
    CredentialsForm,
    LoadErrorPanel,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TotpCodeForm,
    TotpEnrolmentPanel,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly store = inject(Store);

  protected readonly step = this.store.selectSignal(authFeature.selectSignInStep);
  protected readonly enrolment = this.store.selectSignal(authFeature.selectEnrolment);
  protected readonly isSubmitting = this.store.selectSignal(authFeature.selectIsSubmitting);
  protected readonly sessionError = this.store.selectSignal(authFeature.selectSessionError);
  private readonly signInError = this.store.selectSignal(authFeature.selectSignInError);
  private readonly retryAfterSeconds = this.store.selectSignal(authFeature.selectRetryAfterSeconds);
  protected readonly errorText = computed(() => {
    const error = this.signInError();
    return error ? describeSignInError(error, this.retryAfterSeconds()) : null;
  });
  protected readonly SignInStep = SignInStep;

  private readonly returnUrl = safeReturnUrl(
    inject(ActivatedRoute).snapshot.queryParamMap.get('returnUrl'),
  );

  constructor() {
    this.store.dispatch(SignInPageActions.opened({ returnUrl: this.returnUrl }));
  }

  protected onCredentials(credentials: { username: string; password: string }): void {
    this.store.dispatch(SignInPageActions.credentialsSubmitted(credentials));
  }

  protected onTotpCode(code: string): void {
    this.store.dispatch(SignInPageActions.totpCodeSubmitted({ code }));
  }

  protected onEnrolmentCode(code: string): void {
    this.store.dispatch(SignInPageActions.enrolmentCodeSubmitted({ code }));
  }

  protected onStartOver(): void {
    this.store.dispatch(SignInPageActions.startOverClicked());
  }

  protected onRetrySession(): void {
    this.store.dispatch(SignInPageActions.opened({ returnUrl: this.returnUrl }));
  }
}
