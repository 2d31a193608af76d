import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { RefusedValue } from './refused-value';

/** Switching one's own TOTP off: the current password is asked again. */
@Component({
  selector: 'app-totp-disable-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">{{ 'account.twoFactor.disableIntro' | transloco }}</p>
    <form class="disable-form" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'account.password.current' | transloco }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="current-password"
          required
          data-testid="totp-disable-password"
        />
        <mat-hint>{{ 'account.twoFactor.disableHint' | transloco }}</mat-hint>
        @if (password.hasError('wrongPassword')) {
          <mat-error data-testid="totp-disable-password-error">
            {{ 'account.password.currentWrong' | transloco }}
          </mat-error>
        }
      </mat-form-field>
      <button
        mat-stroked-button
        type="submit"
        class="disable"
        data-testid="totp-disable"
        [disabled]="password.invalid || isBusy()"
      >
        {{ 'account.twoFactor.disable' | transloco }}
      </button>
    </form>
  `,
  styles: `
    .disable-form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      width: min(360px, 100%);
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 8px;
    }
  `,
})
export class TotpDisableForm {
  readonly isBusy = input.required<boolean>();
  /** The server refused the password submitted last. */
  readonly isPasswordWrong = input(false);
  readonly submitted = output<string>();

  private readonly refusal = new RefusedValue('wrongPassword');

  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, this.refusal.validator],
  });
  protected readonly form = new FormGroup({ password: this.password });

  constructor() {
    effect(() => this.refusal.applyVerdict(this.isPasswordWrong(), this.password));
  }

  protected submit(): void {
    if (this.password.invalid || this.isBusy()) {
      return;
    }
    this.refusal.noteSubmitted(this.password.value);
    this.submitted.emit(this.password.value);
  }
}
