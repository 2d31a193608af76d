import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SessionInfo } from '../auth-api.types';

const COLUMNS = ['createdAt', 'lastSeenAt', 'sourceAddress', 'userAgent', 'actions'] as const;

/** Server-side sessions, one's own or everyone's; the current one is marked and kept. */
@Component({
  selector: 'app-session-table',
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-table.html',
  styleUrl: './session-table.scss',
})
export class SessionTable {
  readonly sessions = input.required<SessionInfo[]>();
  /** Admin lists: name whose session each row is. */
  readonly showAccount = input(false);
  readonly endSession = output<SessionInfo>();

  protected readonly columns = computed(() =>
    this.showAccount() ? ['account', ...COLUMNS] : [...COLUMNS],
  );
  protected readonly trackById = (_index: number, row: SessionInfo) => row.id;
}
