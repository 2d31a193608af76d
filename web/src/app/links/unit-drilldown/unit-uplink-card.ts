import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { BitRatePipe } from '../bit-rate';
import type { UplinkSummary } from '../links-api.types';
import { UplinkStateChip } from '../uplink-state-chip';
import { UtilisationBar } from '../utilisation-bar';

/** A unit's own uplink to its parent, in brief, with the way to its page. */
@Component({
  selector: 'app-unit-uplink-card',
  imports: [
    BitRatePipe,
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    UplinkStateChip,
    UtilisationBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="unit-uplink">
      <mat-card-header>
        <mat-card-title>{{ 'links.units.ownUplink' | transloco }}</mat-card-title>
        <mat-card-subtitle>
          {{ uplink().parent.name }} → {{ uplink().child.name }} · {{ uplink().tier.name }}
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <dl class="facts">
          <dt>{{ 'links.uplink.state' | transloco }}</dt>
          <dd>
            <app-uplink-state-chip [state]="uplink().state" />
            @if (uplink().stateReason) {
              <span class="reason">{{ uplink().stateReason }}</span>
            }
          </dd>
          <dt>{{ 'links.uplink.membersUp' | transloco }}</dt>
          <dd>{{ uplink().membersUp }} / {{ uplink().membersTotal }}</dd>
          <dt>{{ 'links.uplink.inOut' | transloco }}</dt>
          <dd>{{ uplink().inBps | bitRate }} / {{ uplink().outBps | bitRate }}</dd>
          <dt>{{ 'links.uplink.utilisation' | transloco }}</dt>
          <dd><app-utilisation-bar [utilisation]="uplink().utilisation" /></dd>
          <dt>{{ 'links.uplink.stateChangedAt' | transloco }}</dt>
          <dd>
            {{
              uplink().stateChangedAt ? (uplink().stateChangedAt | date: 'yyyy-MM-dd HH:mm') : '—'
            }}
          </dd>
        </dl>
      </mat-card-content>
      <mat-card-actions>
        <a mat-button data-testid="unit-uplink-link" [routerLink]="['/links/uplinks', uplink().id]">
          <mat-icon svgIcon="open_in_new" />
          {{ 'links.units.openUplink' | transloco }}
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 8px 0 0;
      align-items: center;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .reason {
      margin-left: 8px;
    }
  `,
})
export class UnitUplinkCard {
  readonly uplink = input.required<UplinkSummary>();
}
