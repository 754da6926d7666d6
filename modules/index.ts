// Assembles the aivm application: every module's keeper, wired through its expected keepers,
// in the order genesis is applied and exported.
import { App } from '../chain/app.js';
import type { StateDB } from '../chain/store/state-db.js';
import type { SigVerifyCache } from '../chain/tx/sigverify.js';
import { AuthKeeper } from './auth/keeper.js';
import { authModule } from './auth/module.js';
import { requiredFee } from './auth/params.js';
import { BankKeeper } from './bank/keeper.js';
import { bankModule } from './bank/module.js';
import { ValidatorKeeper } from './validators/keeper.js';
import { validatorsModule } from './validators/module.js';
import { RegistryKeeper } from './registry/keeper.js';
import { registryModule } from './registry/module.js';
import { VersioningKeeper } from './versioning/keeper.js';
import { versioningModule } from './versioning/module.js';
import { VerificationKeeper } from './verification/keeper.js';
import { verificationModule } from './verification/module.js';
import { AccessKeeper } from './access/keeper.js';
import { accessModule } from './access/module.js';

export interface Keepers {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly validators: ValidatorKeeper;
  readonly registry: RegistryKeeper;
  readonly versioning: VersioningKeeper;
  readonly verification: VerificationKeeper;
  readonly access: AccessKeeper;
}

export interface CreateAppOptions {
  readonly sigCache?: SigVerifyCache;
  readonly diagnosticChainIds?: readonly string[];
  readonly lastHeight?: number;
  readonly lastTime?: { seconds: number; nanos: number };
}

export function createKeepers(): Keepers {
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const validators = new ValidatorKeeper();
  // The model repository. versioning ↔ verification and versioning ↔ access need each other
  // (publish schedules a deadline and checks fork grants; tallies set statuses; grants of one
  // version check it exists), so the back-references are wired after construction.
  const registry = new RegistryKeeper();
  const access = new AccessKeeper(registry);
  const versioning = new VersioningKeeper(registry, access, validators);
  const verification = new VerificationKeeper(versioning, validators);
  versioning.setVerificationHooks(verification);
  access.setVersionReader(versioning);
  return { auth, bank, validators, registry, versioning, verification, access };
}

export function createApp(state: StateDB, chainId: string, opts: CreateAppOptions = {}): { app: App; keepers: Keepers } {
  const keepers = createKeepers();
  const modules = [
    authModule(keepers.auth),
    bankModule(keepers.bank),
    validatorsModule(keepers.validators),
    // Genesis order matters: versions need their models, verification rebuilds its deadline
    // index from the versions, and grants of one version need that version.
    registryModule(keepers.registry),
    versioningModule(keepers.versioning, keepers.registry),
    verificationModule(keepers.verification, keepers.versioning),
    accessModule(keepers.access, keepers.registry, keepers.versioning),
  ];
  const app = new App(
    state,
    chainId,
    {
      modules,
      ante: { auth: keepers.auth, bank: keepers.bank, requiredFee },
      sigCache: opts.sigCache,
      diagnosticChainIds: opts.diagnosticChainIds,
      // cosmjs reads the signer's sequence right before signing: answering from CheckTx state lets
      // a client send its next tx at once, before the previous one is in a block.
      pendingQueryPaths: ['/cosmos.auth.v1beta1.Query/Account'],
    },
    opts.lastHeight,
    opts.lastTime,
  );
  return { app, keepers };
}
