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

export interface Keepers {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly validators: ValidatorKeeper;
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
  return { auth, bank, validators };
}

export function createApp(state: StateDB, chainId: string, opts: CreateAppOptions = {}): { app: App; keepers: Keepers } {
  const keepers = createKeepers();
  const modules = [authModule(keepers.auth), bankModule(keepers.bank), validatorsModule(keepers.validators)];
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
