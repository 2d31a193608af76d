import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export const TOTP_CODE_PATTERN = /^\d{6}$/;

/** The 6-digit code of an authenticator app (RFC 6238), for sign-in and for enrolment. */
@Component({
  selector: 'app-totp-code-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="sign-in-form" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field>
        <mat-label>{{ 'auth.totp.code' | transloco }}</mat-label>
        <input
          matInput
          formControlName="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          required
          data-testid="totp-code"
        />
        <mat-hint>{{ 'auth.totp.codeHint' | transloco }}</mat-hint>
        @if (code.hasError('pattern')) {
          <mat-error>{{ 'auth.totp.codeInvalid' | transloco }}</mat-error>
        }
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        data-testid="totp-submit"
        [disabled]="code.invalid || isSubmitting()"
      >
        {{ submitLabelKey() | transloco }}
      </button>
    </form>
  `,
  styleUrl: './sign-in-forms.scss',
})
export class TotpCodeForm {
  readonly isSubmitting = input.required<boolean>();
  readonly submitLabelKey = input('auth.totp.submit');
  readonly submitted = output<string>();

  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)],
  });
  protected readonly form = new FormGroup({ code: this.code });

  protected submit(): void {
    const code = this.code.value.replace(/\s/g, '');
    if (!TOTP_CODE_PATTERN.test(code) || this.isSubmitting()) {
      return;
    }
    this.submitted.emit(code);
  }
}
