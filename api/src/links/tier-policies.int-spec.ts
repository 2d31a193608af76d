import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { TierPolicyListSchema, TierPolicySchema } from './tier-policies.schemas';

describe('/api/tier-policies (over HTTP, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.SystemAdmin] })).agent;
  });

  async function policies() {
    return TierPolicyListSchema.parse((await agent.get('/api/tier-policies').expect(200)).body)
      .items;
  }

  it('when listed, then every tier comes with the number of uplinks on it', async () => {
    const items = await policies();
    expect(items.length).toBe(await t.count('SELECT COUNT(*) AS n FROM tier_policies'));
    const cityTier = items.find(
      (item) => item.parentLevel === 'province' && item.childLevel === 'city',
    )!;
    expect(cityTier.name).toBe('双10G');
    expect(cityTier.isPlanDefined).toBeTrue();
    expect(cityTier.uplinkCount).toBe(
      await t.count('SELECT COUNT(*) AS n FROM uplinks WHERE tier_policy_id = :id', {
        id: cityTier.id,
      }),
    );
  });

  it('when a plan-defined tier is revised, then the new requirement is stored', async () => {
    const cityTier = (await policies()).find((item) => item.childLevel === 'city')!;
    const revised = await agent
      .patch(`/api/tier-policies/${cityTier.id}`)
      .send({ name: '双20G', memberBandwidthMbps: 20_000 })
      .expect(200);
    expect(TierPolicySchema.parse(revised.body)).toEqual(
      jasmine.objectContaining({ name: '双20G', memberBandwidthMbps: 20_000, isPlanDefined: true }),
    );
    expect(
      await t.count('SELECT member_bandwidth_mbps AS n FROM tier_policies WHERE id = :id', {
        id: cityTier.id,
      }),
    ).toBe(20_000);
    await agent
      .patch(`/api/tier-policies/${cityTier.id}`)
      .send({ name: cityTier.name, memberBandwidthMbps: cityTier.memberBandwidthMbps })
      .expect(200);
  });

  it('when a local tier is changed, then the new requirement is stored', async () => {
    const local = (await policies()).find((item) => !item.isPlanDefined)!;
    const response = await agent
      .patch(`/api/tier-policies/${local.id}`)
      .send({ memberBandwidthMbps: 300 })
      .expect(200);
    expect(response.body.memberBandwidthMbps).toBe(300);
    await agent
      .patch(`/api/tier-policies/${local.id}`)
      .send({ memberBandwidthMbps: local.memberBandwidthMbps })
      .expect(200);
  });

  it('when the patch is invalid or the id unknown, then 400 or 404', async () => {
    const bad = await agent
      .patch('/api/tier-policies/1')
      .send({ membersRequired: 0, level: 'x' })
      .expect(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'level',
      'membersRequired',
    ]);
    await agent.patch('/api/tier-policies/9999').send({ name: 'x' }).expect(404);
  });
});
