import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEvent } from './audit-api.types';

/**
 * Before/after values as indented JSON. The API may send them parsed or as JSON text; text
 * that is not JSON is shown as it is. Rendered as text, never as HTML.
 */
export function formatAuditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

/** One audit record in full: who, from where, what, and the values before and after. */
@Component({
  selector: 'app-audit-event-dialog',
  imports: [DatePipe, MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-event-dialog.html',
  styleUrl: './audit-event-dialog.scss',
})
export class AuditEventDialog {
  protected readonly event = inject<AuditEvent>(MAT_DIALOG_DATA);
  protected readonly before = formatAuditValue(this.event.before);
  protected readonly after = formatAuditValue(this.event.after);
}
