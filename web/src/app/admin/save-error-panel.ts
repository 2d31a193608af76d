import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '../api-errors/api-error';
import { apiErrorExplanationKey } from '../api-errors/api-error-description';
import type { ApiFieldError } from '../api-errors/api-field-errors';

/** Why a change was refused: the explanation, the server's message, each bad field. */
@Component({
  selector: 'app-save-error-panel',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as error) {
      <div class="save-error" role="alert" data-testid="save-error">
        @if (explanationKey(); as key) {
          {{ key | transloco }}
        }
        {{ error.message }}
        @if (fieldErrors().length) {
          <ul>
            @for (field of fieldErrors(); track $index) {
              <li>{{ field.path }}: {{ field.message }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .save-error {
      margin-top: 8px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
})
export class SaveErrorPanel {
  readonly error = input.required<ApiError | null>();
  readonly fieldErrors = input<readonly ApiFieldError[]>([]);

  protected readonly explanationKey = computed(() => {
    const error = this.error();
    return error ? apiErrorExplanationKey(error) : null;
  });
}
