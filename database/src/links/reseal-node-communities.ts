import { QueryTypes, Transaction, type Sequelize } from 'sequelize';
import type { SecretBox } from '../crypto/secret-box';

/**
 * Key rotation, step two: re-seals under the current key every node community that still
 * opens only with a retired key (see SecretBox). Afterwards the retired key can be dropped.
 * Returns how many were re-sealed; 0 on a second run. One transaction, so a value that opens
 * with no key at all aborts the run and changes nothing.
 */
export async function resealNodeCommunities(
  sequelize: Sequelize,
  secretBox: SecretBox,
): Promise<number> {
  return sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, async (transaction) => {
    const nodes = await sequelize.query<{ id: number; sealed: string }>(
      'SELECT id, snmp_community_sealed AS sealed FROM nodes',
      { type: QueryTypes.SELECT, transaction },
    );
    const stale = nodes.filter((node) => !secretBox.isSealedWithCurrentKey(node.sealed));
    for (const node of stale) {
      await sequelize.query(
        'UPDATE nodes SET snmp_community_sealed = :sealed, updated_at = :now WHERE id = :id',
        {
          replacements: {
            sealed: secretBox.seal(secretBox.open(node.sealed)),
            now: new Date(),
            id: node.id,
          },
          transaction,
        },
      );
    }
    return stale.length;
  });
}
