import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError } from '../api-errors/api-error';
import type { ChainVerification } from './audit-api.types';
import { CHAIN_BREAK_REASONS } from './audit-choices';

/** Runs the server's walk of the audit hash chain and says whether it is intact. */
@Component({
  selector: 'app-audit-verify-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="verify">
      <button
        mat-stroked-button
        type="button"
        data-testid="audit-verify"
        [disabled]="isVerifying()"
        (click)="verify.emit()"
      >
        <mat-icon svgIcon="verified" />
        {{ 'audit.verify.button' | transloco }}
      </button>
      @if (isVerifying()) {
        <div class="running" role="status">
          <span>{{ 'audit.verify.running' | transloco }}</span>
          <mat-progress-bar mode="indeterminate" data-testid="audit-verify-progress" />
        </div>
      } @else if (verification(); as result) {
        <p
          class="result"
          [class.ok]="result.ok"
          [class.broken]="!result.ok"
          role="status"
          data-testid="audit-verify-result"
          [attr.data-ok]="result.ok"
        >
          <mat-icon [svgIcon]="result.ok ? 'verified' : 'gpp_bad'" aria-hidden="true" />
          @if (result.ok) {
            {{ 'audit.verify.ok' | transloco: { checked: result.checked } }}
          } @else if (result.firstBrokenId !== null) {
            {{
              'audit.verify.broken'
                | transloco
                  : { id: result.firstBrokenId, reason: reasonText(), checked: result.checked }
            }}
          } @else {
            {{
              'audit.verify.brokenUnknown'
                | transloco: { reason: reasonText(), checked: result.checked }
            }}
          }
        </p>
      } @else if (error(); as error) {
        <p class="result broken" role="alert" data-testid="audit-verify-result" data-ok="error">
          <mat-icon svgIcon="error" aria-hidden="true" />
          {{ 'audit.verify.failed' | transloco: { reason: error.message || error.code } }}
        </p>
      }
    </div>
  `,
  styles: `
    .verify {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin: 8px 0 16px;
    }
    .running {
      display: flex;
      flex-direction: column;
      gap: 4px;
      flex: 1;
      min-width: 240px;
      max-width: 480px;
    }
    .result {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      padding: 6px 12px;
      border-radius: 8px;
    }
    .ok {
      background: var(--state-compliant-bg);
      color: var(--state-compliant);
    }
    .broken {
      background: var(--state-down-bg);
      color: var(--state-down);
    }
  `,
})
export class AuditVerifyPanel {
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  readonly isVerifying = input.required<boolean>();
  readonly verification = input.required<ChainVerification | null>();
  readonly error = input.required<ApiError | null>();
  readonly verify = output<void>();

  /** The API's reason code in words; an unknown code is shown as it came. */
  protected readonly reasonText = computed(() => {
    this.language();
    const reason = this.verification()?.reason ?? '';
    return (CHAIN_BREAK_REASONS as readonly string[]).includes(reason)
      ? this.transloco.translate(`audit.verify.reason.${reason}`)
      : reason;
  });
}
