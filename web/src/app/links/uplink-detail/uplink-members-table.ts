import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { BitRatePipe, MbpsPipe } from '../bit-rate';
import type { UplinkMember } from '../links-api.types';
import { IfStatus } from '../links-choices';

/** The circuits of an uplink (双: normally two, from different carriers). */
@Component({
  selector: 'app-uplink-members-table',
  imports: [BitRatePipe, DatePipe, MatTableModule, MatTooltipModule, MbpsPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './uplink-members-table.html',
  styleUrl: './uplink-members-table.scss',
})
export class UplinkMembersTable {
  readonly members = input.required<UplinkMember[]>();

  protected readonly columns = [
    'index',
    'carrier',
    'circuit',
    'contracted',
    'port',
    'speed',
    'oper',
    'in',
    'out',
    'sampledAt',
  ];
  protected readonly up = IfStatus.Up;

  /** A port slower than the circuit it carries can never deliver the contract. */
  protected isPortTooSlow(member: UplinkMember): boolean {
    const speed = member.interface?.speedMbps;
    return speed !== null && speed !== undefined && speed < member.contractedMbps;
  }
}
