import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

export interface OneTimePasswordDialogData {
  /** Whose password it is: display name and username. */
  name: string;
  password: string;
}

/** Shows a new one-time password once; it exists nowhere else in the console. */
@Component({
  selector: 'app-one-time-password-dialog',
  imports: [CdkCopyToClipboard, MatButtonModule, MatDialogModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'admin.oneTimePassword.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'admin.oneTimePassword.intro' | transloco: { name: data.name } }}</p>
      <div class="password-row">
        <code class="password" data-testid="one-time-password">{{ data.password }}</code>
        <button
          mat-stroked-button
          type="button"
          data-testid="one-time-password-copy"
          [cdkCopyToClipboard]="data.password"
          (cdkCopyToClipboardCopied)="isCopied.set($event)"
        >
          <mat-icon svgIcon="content_copy" />
          {{ 'common.copy' | transloco }}
        </button>
      </div>
      @if (isCopied()) {
        <p class="copied" role="status">{{ 'admin.oneTimePassword.copied' | transloco }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close data-testid="one-time-password-done">
        {{ 'admin.oneTimePassword.done' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .password-row {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .password {
      padding: 8px 12px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      font-size: 1.2rem;
      letter-spacing: 0.05em;
      user-select: all;
    }
    .copied {
      color: var(--state-compliant);
    }
  `,
})
export class OneTimePasswordDialog {
  protected readonly data = inject<OneTimePasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly isCopied = signal(false);
}
