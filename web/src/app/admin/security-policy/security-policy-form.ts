import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import { SECURITY_POLICY_FIELDS } from '@extranet/security-policy';
import {
  POLICY_BOUNDS,
  POLICY_SECTIONS,
  type PolicyField,
  type SecurityPolicy,
} from './security-policy';

type PolicyControls = Record<PolicyField, FormControl<number>>;

function boundedControl(field: PolicyField): FormControl<number> {
  const { min, max } = POLICY_BOUNDS[field];
  return new FormControl(min, {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.min(min),
      Validators.max(max),
      Validators.pattern(/^\d+$/),
    ],
  });
}

/** The policy as a form: whole numbers within bounds, the server's refusal beside each field. */
@Component({
  selector: 'app-security-policy-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './security-policy-form.html',
  styleUrl: './security-policy-form.scss',
})
export class SecurityPolicyForm {
  readonly policy = input.required<SecurityPolicy>();
  readonly isSaving = input.required<boolean>();
  readonly fieldErrors = input<readonly ApiFieldError[]>([]);
  readonly save = output<SecurityPolicy>();

  protected readonly sections = POLICY_SECTIONS;
  protected readonly bounds = POLICY_BOUNDS;
  protected readonly form = new FormGroup<PolicyControls>(
    Object.fromEntries(
      SECURITY_POLICY_FIELDS.map((field) => [field, boundedControl(field)]),
    ) as PolicyControls,
  );

  constructor() {
    // A loaded or saved policy replaces what is in the form.
    effect(() => this.form.reset(this.policy()));
  }

  protected serverMessages(field: PolicyField): string[] {
    return this.fieldErrors()
      .filter((error) => error.path === field)
      .map((error) => error.message);
  }

  protected revert(): void {
    this.form.reset(this.policy());
  }

  protected submit(): void {
    if (this.form.invalid || this.isSaving()) {
      return;
    }
    this.save.emit(this.form.getRawValue());
  }
}
