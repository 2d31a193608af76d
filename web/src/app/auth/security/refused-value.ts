import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * Keeps a field invalid (under `errorKey`) while it still holds the value the server refused
 * last, so the same wrong password or code is not sent twice; typing something new clears it.
 */
export class RefusedValue {
  private refused: string | null = null;
  private lastSubmitted: string | null = null;

  constructor(
    private readonly errorKey: string,
    private readonly normalise: (typed: string) => string = (typed) => typed,
  ) {}

  readonly validator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
    this.refused !== null && this.normalise(control.value as string) === this.refused
      ? { [this.errorKey]: true }
      : null;

  /** Remembers what was sent, so a refusal can point at it. */
  noteSubmitted(value: string): void {
    this.lastSubmitted = value;
  }

  /** Follows the server's verdict on the last submission and re-validates the field. */
  applyVerdict(isRefused: boolean, control: AbstractControl): void {
    this.refused = isRefused ? this.lastSubmitted : null;
    control.updateValueAndValidity();
    if (this.refused !== null) control.markAsTouched();
  }
}
