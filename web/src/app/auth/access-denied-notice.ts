import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  MAT_SNACK_BAR_DATA,
  MatSnackBarAction,
  MatSnackBarActions,
  MatSnackBarLabel,
  MatSnackBarRef,
} from '@angular/material/snack-bar';
import { TranslocoPipe } from '@jsverse/transloco';

export interface AccessDeniedNoticeData {
  /** The server's reason, shown as it was given. */
  message: string;
}

/** Snackbar for a 403 the page did not expect: the role or the scope does not allow it. */
@Component({
  selector: 'app-access-denied-notice',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSnackBarAction,
    MatSnackBarActions,
    MatSnackBarLabel,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div matSnackBarLabel data-testid="access-denied" role="alert">
      <strong>{{ 'auth.denied.title' | transloco }}</strong>
      @if (data.message) {
        <span>：{{ data.message }}</span>
      }
    </div>
    <div matSnackBarActions>
      <button mat-button matSnackBarAction type="button" (click)="snackBarRef.dismiss()">
        {{ 'common.dismiss' | transloco }}
      </button>
    </div>
  `,
})
export class AccessDeniedNotice {
  protected readonly data = inject<AccessDeniedNoticeData>(MAT_SNACK_BAR_DATA);
  protected readonly snackBarRef = inject(MatSnackBarRef);
}
