import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="not-found-page">
      <mat-card-header>
        <mat-card-title>{{ 'notFound.title' | transloco }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>{{ 'notFound.text' | transloco }}</mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/">{{ 'notFound.home' | transloco }}</a>
      </mat-card-actions>
    </mat-card>
  `,
})
export class NotFoundPage {}
