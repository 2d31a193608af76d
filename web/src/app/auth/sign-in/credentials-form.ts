import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** Username and password, the first step of signing in. */
@Component({
  selector: 'app-credentials-form',
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
        <mat-label>{{ 'auth.signIn.username' | transloco }}</mat-label>
        <input
          matInput
          formControlName="username"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          required
          data-testid="sign-in-username"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'auth.signIn.password' | transloco }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="current-password"
          required
          data-testid="sign-in-password"
        />
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        data-testid="sign-in-submit"
        [disabled]="form.invalid || isSubmitting()"
      >
        {{ 'auth.signIn.submit' | transloco }}
      </button>
    </form>
  `,
  styleUrl: './sign-in-forms.scss',
})
export class CredentialsForm {
  readonly isSubmitting = input.required<boolean>();
  readonly submitted = output<{ username: string; password: string }>();

  protected readonly form = new FormGroup({
    username: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected submit(): void {
    if (this.form.invalid || this.isSubmitting()) {
      return;
    }
    const { username, password } = this.form.getRawValue();
    this.submitted.emit({ username: username.trim(), password });
  }
}
