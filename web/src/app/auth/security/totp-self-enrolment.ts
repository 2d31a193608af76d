import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TotpEnrolment } from '../auth-api.types';
import { TOTP_CODE_PATTERN } from '../sign-in/totp-code-form';
import { svgImageUrl } from '../sign-in/totp-enrolment-panel';
import { RefusedValue } from './refused-value';

function codeOf(typed: string): string {
  return typed.replace(/\s/g, '');
}

/**
 * Enrolling one's second factor from the profile: the server's QR code (as an <img>, as at
 * sign-in: an SVG image cannot run scripts), the base32 secret, and the first code to confirm.
 */
@Component({
  selector: 'app-totp-self-enrolment',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">{{ 'account.twoFactor.enrolIntro' | transloco }}</p>
    <img
      class="qr"
      width="200"
      height="200"
      [src]="qrImageUrl()"
      [alt]="'auth.enrolment.qrAlt' | transloco"
      data-testid="totp-self-qr"
    />
    <p class="secret-label">{{ 'auth.enrolment.secret' | transloco }}</p>
    <code class="secret" data-testid="totp-self-secret">{{ enrolment().secret }}</code>

    <form class="code-form" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'auth.totp.code' | transloco }}</mat-label>
        <input
          matInput
          formControlName="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          required
          data-testid="totp-self-code"
        />
        <mat-hint>{{ 'auth.totp.codeHint' | transloco }}</mat-hint>
        @if (code.hasError('wrongCode')) {
          <mat-error data-testid="totp-self-code-error">
            {{ 'account.twoFactor.codeWrong' | transloco }}
          </mat-error>
        } @else if (code.hasError('pattern')) {
          <mat-error>{{ 'auth.totp.codeInvalid' | transloco }}</mat-error>
        }
      </mat-form-field>
      <div class="actions">
        <button
          mat-flat-button
          type="submit"
          data-testid="totp-self-confirm"
          [disabled]="code.invalid || isBusy()"
        >
          {{ 'account.twoFactor.confirm' | transloco }}
        </button>
        <button
          mat-button
          type="button"
          data-testid="totp-self-cancel"
          [disabled]="isBusy()"
          (click)="cancelled.emit()"
        >
          {{ 'common.cancel' | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      max-width: 480px;
    }
    .qr {
      background: #fff;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .secret-label {
      margin: 12px 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .secret {
      font-size: 1.1rem;
      letter-spacing: 0.1em;
      user-select: all;
      word-break: break-all;
    }
    .code-form {
      display: flex;
      flex-direction: column;
      width: min(360px, 100%);
      margin-top: 16px;
    }
    .actions {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class TotpSelfEnrolment {
  readonly enrolment = input.required<TotpEnrolment>();
  readonly isBusy = input.required<boolean>();
  /** The server refused the code submitted last. */
  readonly isCodeWrong = input(false);
  readonly confirmed = output<string>();
  readonly cancelled = output();

  protected readonly qrImageUrl = computed(() => svgImageUrl(this.enrolment().qrSvg));
  private readonly refusal = new RefusedValue('wrongCode', codeOf);

  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.pattern(TOTP_CODE_PATTERN),
      this.refusal.validator,
    ],
  });
  protected readonly form = new FormGroup({ code: this.code });

  constructor() {
    effect(() => this.refusal.applyVerdict(this.isCodeWrong(), this.code));
  }

  protected submit(): void {
    const code = codeOf(this.code.value);
    if (!TOTP_CODE_PATTERN.test(code) || this.isBusy()) {
      return;
    }
    this.refusal.noteSubmitted(code);
    this.confirmed.emit(code);
  }
}
