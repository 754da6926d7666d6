// Genesis round trip with every module populated (by a simulation run): export → JSON →
// import into a fresh chain → byte-identical state of registry, versioning, verification and
// access; the re-export equals the export; and the imported chain carries on (deadlines fire).
import { describe, expect, it } from '@jest/globals';
import type { GenesisDoc } from '../../chain/genesis.js';
import { AccessErrors } from '../../modules/access/errors.js';
import { RegistryErrors } from '../../modules/registry/errors.js';
import { VerificationErrors } from '../../modules/verification/errors.js';
import { VersioningErrors } from '../../modules/versioning/errors.js';
import { TestChain } from '../harness/chain.js';
import { moduleEntries, Status } from './helpers.js';
import { simulate } from './sim.js';

describe('genesis round trip', () => {
  const sim = simulate(7, 60);
  const exported = JSON.parse(JSON.stringify(sim.chain.exportGenesis())) as GenesisDoc;

  it('exports every module with content', () => {
    const s = exported.app_state as Record<string, Record<string, unknown[]>>;
    expect(s.registry!.models!.length).toBeGreaterThan(3);
    expect(s.versioning!.versions!.length).toBeGreaterThan(5);
    expect(s.versioning!.aliases!.length).toBeGreaterThan(0);
    expect(s.versioning!.mirrors!.length).toBeGreaterThan(0);
    expect(s.verification!.attestations!.length).toBeGreaterThan(5);
    expect(s.access!.grants!.length).toBeGreaterThan(0);
    const statuses = new Set((s.versioning!.versions as Array<{ status: string }>).map((v) => v.status));
    expect(statuses.has('VERSION_STATUS_PENDING') && statuses.has('VERSION_STATUS_VERIFIED')).toBe(true);
  });

  it('re-imports to byte-identical module state, and re-exports identically', () => {
    const imported = TestChain.create({ genesis: exported, validatorPowers: [10, 20, 30, 40], accounts: ['u0', 'u1', 'u2', 'u3', 'u4'] });
    const a = moduleEntries(sim.chain);
    const b = moduleEntries(imported);
    expect(a.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(imported.exportGenesis().app_state))).toEqual(exported.app_state);
    imported.app.runInvariants();
  });

  it('carries on after import: pending versions still expire at their deadlines', () => {
    const imported = TestChain.create({ genesis: exported, validatorPowers: [10, 20, 30, 40], accounts: ['u0', 'u1', 'u2', 'u3', 'u4'] });
    const pending = [...imported.keepers.versioning.allVersions(imported.ctx())].filter((v) => v.status === Status.VERSION_STATUS_PENDING);
    expect(pending.length).toBeGreaterThan(0);
    const last = Math.max(...pending.map((v) => v.deadlineHeight));
    imported.advance(last - imported.height);
    const after = [...imported.keepers.versioning.allVersions(imported.ctx())].filter((v) => v.status === Status.VERSION_STATUS_PENDING);
    expect(after).toEqual([]);
    imported.app.runInvariants();
  });

  it('refuses inconsistent genesis state with the module codes', () => {
    const base = JSON.parse(JSON.stringify(exported)) as GenesisDoc & { app_state: Record<string, any> };
    const load = (mutate: (s: Record<string, any>) => void) => {
      const g = JSON.parse(JSON.stringify(base)) as GenesisDoc & { app_state: Record<string, any> };
      mutate(g.app_state);
      return () => TestChain.create({ genesis: g, validatorPowers: [10, 20, 30, 40], accounts: ['u0'] });
    };
    const kind = (e: { codespace: string; code: number }) => expect.objectContaining({ kind: expect.objectContaining({ codespace: e.codespace, code: e.code }) });
    expect(load((s) => s.registry.models.push({ ...s.registry.models[0] }))).toThrow(kind(RegistryErrors.InvalidGenesis));
    expect(load((s) => (s.registry.models[0].name = 'X'))).toThrow(kind(RegistryErrors.InvalidName));
    expect(load((s) => (s.registry.models[0].created_height = '1.5'))).toThrow(kind(RegistryErrors.InvalidGenesis));
    expect(load((s) => (s.versioning.versions[0].model = 'no-such-model'))).toThrow(kind(VersioningErrors.InvalidGenesis));
    expect(load((s) => (s.versioning.versions[0].root_cid = 'Qm'))).toThrow(kind(VersioningErrors.InvalidCid));
    expect(load((s) => (s.versioning.versions[0].status = 'DONE'))).toThrow(kind(VersioningErrors.InvalidGenesis));
    expect(load((s) => s.versioning.versions[0].parents.push({ model: 'ghost-model', version: '1.0.0' }))).toThrow(kind(VersioningErrors.InvalidGenesis));
    expect(
      load((s) => {
        const p = s.versioning.versions.find((v: { status: string }) => v.status !== 'VERSION_STATUS_VERIFIED');
        s.versioning.aliases.push({ model: p.model, alias: 'zzz', version: p.version, set_height: '1' });
      }),
    ).toThrow(kind(VersioningErrors.InvalidGenesis));
    expect(load((s) => (s.verification.attestations[0].version = '99.0.0'))).toThrow(kind(VerificationErrors.InvalidGenesis));
    expect(load((s) => (s.verification.params.quorum = '3/2'))).toThrow(kind(VerificationErrors.InvalidParams));
    expect(load((s) => (s.access.grants[0].purpose = 'PURPOSE_UNSPECIFIED'))).toThrow(kind(AccessErrors.InvalidPurpose));
    expect(load((s) => s.access.grants.push({ ...s.access.grants[0] }))).toThrow(kind(AccessErrors.InvalidGenesis));
  });
});
