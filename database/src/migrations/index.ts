import type { QueryInterface } from 'sequelize';
import * as extranetCore from './0001-extranet-core';

export interface Migration {
  name: string;
  up(queryInterface: QueryInterface): Promise<void>;
}

/** Every migration, in order. Forward-only: a shipped migration is never edited, only followed. */
export const MIGRATIONS: readonly Migration[] = [{ name: '0001-extranet-core', up: extranetCore.up }];
