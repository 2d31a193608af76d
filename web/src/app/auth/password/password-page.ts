import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { apiErrorExplanationKey } from '../../api-errors/api-error-description';
import { authFeature } from '../auth.feature';
import { passwordChangeFeature } from './password-change.feature';
import { PasswordRules } from './password-rules';
import { PasswordPageActions } from './password.actions';

function confirmationMatches(group: AbstractControl): ValidationErrors | null {
  const { newPassword, confirmation } = group.value as {
    newPassword: string;
    confirmation: string;
  };
  return confirmation && newPassword !== confirmation ? { confirmationMismatch: true } : null;
}

/** `/account/password`: the forced change of an initial or reset password, or a voluntary one. */
@Component({
  selector: 'app-password-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    PasswordRules,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-page.html',
  styleUrl: './password-page.scss',
})
export class PasswordPage {
  private readonly store = inject(Store);

  protected readonly isForced = this.store.selectSignal(authFeature.selectMustChangePassword);
  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly isSubmitting = this.store.selectSignal(
    passwordChangeFeature.selectIsSubmitting,
  );
  protected readonly unmetRules = this.store.selectSignal(passwordChangeFeature.selectUnmetRules);
  protected readonly policy = this.store.selectSignal(passwordChangeFeature.selectPolicy);
  private readonly error = this.store.selectSignal(passwordChangeFeature.selectError);
  private readonly changedAt = this.store.selectSignal(passwordChangeFeature.selectChangedAt);

  /** A refusal other than unmet rules (wrong current password, network…). */
  protected readonly errorText = computed(() => {
    const error = this.error();
    if (!error || this.unmetRules().length) {
      return null;
    }
    if (error.code === 'invalid_credentials') {
      return { key: 'account.password.currentWrong', message: null };
    }
    return { key: apiErrorExplanationKey(error), message: error.message || null };
  });

  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required],
      }),
      newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: confirmationMatches },
  );
  protected readonly typed = toSignal(this.form.valueChanges, { initialValue: this.form.value });

  constructor() {
    this.store.dispatch(PasswordPageActions.opened());
    effect(() => {
      if (this.changedAt()) {
        this.form.reset();
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.isSubmitting()) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.store.dispatch(PasswordPageActions.changeSubmitted({ currentPassword, newPassword }));
  }
}
