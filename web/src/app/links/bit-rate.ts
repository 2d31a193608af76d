import { Pipe, type PipeTransform } from '@angular/core';

const UNITS = ['bps', 'kbps', 'Mbps', 'Gbps', 'Tbps'] as const;

/**
 * A rate in bit/s as operators write it: SI steps of 1000, three significant figures, no
 * trailing zeros ("850 Mbps", "1.25 Gbps", "10 Gbps"). Null (no sample yet) is an em dash.
 */
export function formatBitRate(bitsPerSecond: number | null | undefined): string {
  if (bitsPerSecond === null || bitsPerSecond === undefined || !Number.isFinite(bitsPerSecond)) {
    return '—';
  }
  const sign = bitsPerSecond < 0 ? '-' : '';
  let value = Math.abs(bitsPerSecond);
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const decimals = value >= 99.95 || unit === 0 ? 0 : value >= 9.995 ? 1 : 2;
  const text = Number(value.toFixed(decimals)).toString();
  return `${sign}${text} ${UNITS[unit]}`;
}

/** Contracted bandwidths are given in Mbit/s by the API. */
export function formatMbps(megabitsPerSecond: number | null | undefined): string {
  return formatBitRate(
    megabitsPerSecond === null || megabitsPerSecond === undefined
      ? megabitsPerSecond
      : megabitsPerSecond * 1_000_000,
  );
}

@Pipe({ name: 'bitRate' })
export class BitRatePipe implements PipeTransform {
  transform(bitsPerSecond: number | null | undefined): string {
    return formatBitRate(bitsPerSecond);
  }
}

@Pipe({ name: 'mbps' })
export class MbpsPipe implements PipeTransform {
  transform(megabitsPerSecond: number | null | undefined): string {
    return formatMbps(megabitsPerSecond);
  }
}
