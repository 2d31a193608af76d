import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface AcknowledgeDialogData {
  summary: string;
  /** True to acknowledge (comment required), false to take an acknowledgement back. */
  isAcknowledge: boolean;
}

/** Asks for the comment of an (un)acknowledgement; closes with the comment, or nothing. */
@Component({
  selector: 'app-acknowledge-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (data.isAcknowledge ? 'alerts.ack.title' : 'alerts.ack.unackTitle') | transloco }}
    </h2>
    <mat-dialog-content>
      <p class="summary">{{ data.summary }}</p>
      <mat-form-field appearance="outline" class="comment">
        <mat-label>{{ 'alerts.ack.comment' | transloco }}</mat-label>
        <textarea
          matInput
          rows="3"
          maxlength="1000"
          [formControl]="comment"
          data-testid="ack-comment"
        ></textarea>
        @if (data.isAcknowledge) {
          <mat-hint>{{ 'alerts.ack.commentHint' | transloco }}</mat-hint>
        }
        @if (comment.hasError('required') || comment.hasError('pattern')) {
          <mat-error>{{ 'alerts.ack.commentRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="null">
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="ack-confirm"
        [disabled]="comment.invalid"
        (click)="confirm()"
      >
        {{
          (data.isAcknowledge ? 'alerts.action.acknowledge' : 'alerts.action.unacknowledge')
            | transloco
        }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .comment {
      width: 100%;
    }
    .summary {
      margin-top: 0;
    }
  `,
})
export class AcknowledgeDialog {
  protected readonly data = inject<AcknowledgeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<AcknowledgeDialog, string | null>>(MatDialogRef);

  protected readonly comment = new FormControl('', {
    nonNullable: true,
    // A comment of blanks says nothing: the API refuses it too.
    validators: this.data.isAcknowledge ? [Validators.required, Validators.pattern(/\S/)] : [],
  });

  protected confirm(): void {
    if (this.comment.invalid) return;
    this.dialogRef.close(this.comment.value.trim());
  }
}
