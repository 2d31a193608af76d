import { UNIT_LEVELS, UPLINK_STATES, type UnitLevel, type UplinkState } from '@extranet/database';
import { z } from 'zod';

export const UnitLevelSchema = z
  .enum(UNIT_LEVELS as [UnitLevel, ...UnitLevel[]])
  .meta({ id: 'UnitLevel' });

export const UplinkStateSchema = z
  .enum(UPLINK_STATES as [UplinkState, ...UplinkState[]])
  .meta({ id: 'UplinkState' });

/** Uplink counts per state; every state is present, zero when none. */
export const ByStateSchema = z
  .record(UplinkStateSchema, z.number().int().min(0))
  .meta({ id: 'ByState' });
export type ByState = Record<UplinkState, number>;

export function emptyByState(): ByState {
  return Object.fromEntries(UPLINK_STATES.map((state) => [state, 0])) as ByState;
}

/** GB/T 2260 codes are 6, 9 or 12 digits; departments have their own short codes. */
export const unitCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z]{2,12}$/, 'must be a unit code of 2–12 letters or digits')
  .meta({ description: 'Unit code (GB/T 2260 for administrative units)', example: '421300' });

export const UnitRefSchema = z
  .object({ code: z.string(), name: z.string(), level: UnitLevelSchema })
  .meta({ id: 'UnitRef' });
export type UnitRef = z.infer<typeof UnitRefSchema>;

export const idParams = z.strictObject({
  id: z.coerce.number().int().min(1).max(2_147_483_647).meta({ description: 'Numeric id' }),
});

export const isoDateTime = z.iso.datetime({ offset: true });
