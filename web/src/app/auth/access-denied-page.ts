import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { authFeature } from './auth.feature';

/** Shown (at the URL that was asked for) when the account's roles do not open a page. */
@Component({
  selector: 'app-access-denied-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="denied" data-testid="access-denied">
      <mat-card-header>
        <mat-icon mat-card-avatar svgIcon="block" />
        <mat-card-title>{{ 'auth.denied.title' | transloco }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <p>{{ 'auth.denied.text' | transloco }}</p>
      </mat-card-content>
      <mat-card-actions>
        <a mat-button [routerLink]="homePath()">{{ 'auth.denied.home' | transloco }}</a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .denied {
      max-width: 720px;
    }
  `,
})
export class AccessDeniedPage {
  protected readonly homePath = inject(Store).selectSignal(authFeature.selectHomePath);
}
