import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PlannedDomain } from './nav-items';

/** Says plainly that a domain is planned and what it will cover; shows no made-up data. */
@Component({
  selector: 'app-planned-page',
  imports: [MatCardModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="planned" data-testid="planned-page">
      <mat-card-header>
        <mat-icon mat-card-avatar svgIcon="construction" />
        <mat-card-title>{{ 'nav.' + domain() | transloco }}</mat-card-title>
        <mat-card-subtitle>{{ 'planned.status' | transloco }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <p>{{ 'planned.scope.' + domain() | transloco }}</p>
        <p class="note">{{ 'planned.note' | transloco }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .planned {
      max-width: 720px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PlannedPage {
  /** From the route's data (component input binding). */
  readonly domain = input.required<PlannedDomain>();
}
