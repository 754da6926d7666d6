// aivmd tx registry  create-model | update-model | transfer-ownership | add-maintainer | remove-maintainer | set-visibility
// aivmd query registry  model | models
import type { Command } from 'commander';
import { aivm } from '../../proto/index.js';
import { aivmMsgs } from '../sdk/messages.js';
import { queryGroup, subcommand, txGroup } from './command-tree.js';
import { CliError, print } from './common.js';
import { addPageOptions, moduleQuery, pageFooter, pageRequest, parseList, protoJson, runModuleTx, visibilityText, type PageCliOptions } from './model-common.js';
import { addQueryOptions, queryNodeUrl, type QueryCliOptions } from './query.js';
import { addTxOptions, parseAddressArg, type TxCliOptions } from './tx-runner.js';

const reg = aivm.registry.v1;

export interface MetadataFlags {
  description?: string;
  task?: string;
  tags?: string;
  license?: string;
  modelCard?: string;
}

/** The metadata fields of a create/update/fork message from the flags (absent flag = empty). */
export function metadataFields(o: MetadataFlags): { description: string; task: string; tags: string[]; license: string; modelCardUri: string } {
  return { description: o.description ?? '', task: o.task ?? '', tags: parseList(o.tags), license: o.license ?? '', modelCardUri: o.modelCard ?? '' };
}

export interface EndpointFlags {
  keyEndpoint?: string;
  keyPeerId?: string;
}

export function addMetadataOptions(cmd: Command): Command {
  return cmd
    .option('--description <text>', 'what the model does (≤ 2048 bytes)')
    .option('--task <task>', 'task, a lowercase identifier such as text-generation')
    .option('--tags <a,b>', 'comma-separated lowercase tags (≤ 16)')
    .option('--license <spdx>', 'license, e.g. Apache-2.0')
    .option('--model-card <uri>', 'model card URI (ipfs://, ar://, https:// or http://)');
}

export function addEndpointOptions(cmd: Command): Command {
  return cmd
    .option('--key-endpoint <multiaddr>', "private models: the libp2p multiaddr of the owner's key server, e.g. /dns4/keys.example.com/tcp/4001/p2p/12D3KooW…")
    .option('--key-peer-id <id>', 'private models: the peer id of the key server (default: the /p2p/<id> at the end of --key-endpoint)');
}

/** The key endpoint of the flags, or undefined when none is given. */
function keyEndpoint(o: EndpointFlags): aivm.registry.v1.KeyEndpoint.$Properties | undefined {
  if (o.keyEndpoint === undefined && o.keyPeerId === undefined) return undefined;
  if (o.keyEndpoint === undefined) throw new CliError('BAD_FLAG', '--key-peer-id needs --key-endpoint <multiaddr>');
  let peerId = o.keyPeerId;
  if (peerId === undefined) {
    const m = /\/p2p\/([^/]+)$/.exec(o.keyEndpoint);
    if (!m) throw new CliError('BAD_FLAG', '--key-peer-id is required unless --key-endpoint ends with /p2p/<peer id>');
    peerId = m[1]!;
  }
  return { multiaddr: o.keyEndpoint, peerId };
}

export function visibilityFlags(o: EndpointFlags & { private?: boolean }): { visibility: aivm.registry.v1.Visibility; keyEndpoint?: aivm.registry.v1.KeyEndpoint.$Properties } {
  const ep = keyEndpoint(o);
  if (!o.private) {
    if (ep) throw new CliError('BAD_FLAG', '--key-endpoint and --key-peer-id are for private models: add --private');
    return { visibility: reg.Visibility.VISIBILITY_PUBLIC };
  }
  if (!ep) throw new CliError('BAD_FLAG', "a private model needs its owner's key server: --key-endpoint <multiaddr> [--key-peer-id <id>]");
  return { visibility: reg.Visibility.VISIBILITY_PRIVATE, keyEndpoint: ep };
}

/** A model (proto JSON) as text. */
export function modelText(m: Record<string, any>): string {
  const lines = [
    `name:          ${m.name}`,
    `owner:         ${m.owner}`,
    `maintainers:   ${m.maintainers.length ? m.maintainers.join(', ') : '(none)'}`,
    `visibility:    ${visibilityText(m.visibility)}`,
  ];
  if (m.key_endpoint) lines.push(`key endpoint:  ${m.key_endpoint.multiaddr} (peer ${m.key_endpoint.peer_id})`);
  lines.push(
    `task:          ${m.task || '(none)'}`,
    `tags:          ${m.tags.length ? m.tags.join(', ') : '(none)'}`,
    `license:       ${m.license || '(none)'}`,
    `model card:    ${m.model_card_uri || '(none)'}`,
    `created:       height ${m.created_height}${m.updated_height !== m.created_height ? ` (updated at ${m.updated_height})` : ''}`,
  );
  if (m.forked_from_model) lines.push(`forked from:   ${m.forked_from_model}@${m.forked_from_version}`);
  if (m.description) lines.push('description:', ...String(m.description).split('\n').map((l) => `  ${l}`));
  return lines.join('\n');
}

function modelsText(d: { models: Array<Record<string, any>>; pagination?: Record<string, any> }): string {
  if (d.models.length === 0) return ['(no models)', ...pageFooter(d.pagination)].join('\n');
  const w = Math.max(4, ...d.models.map((m) => m.name.length));
  const lines = [`${'NAME'.padEnd(w)}  ${'VISIBILITY'.padEnd(10)}  ${'TASK'.padEnd(20)}  OWNER`];
  for (const m of d.models) lines.push(`${m.name.padEnd(w)}  ${visibilityText(m.visibility).padEnd(10)}  ${(m.task || '-').padEnd(20)}  ${m.owner}`);
  return [...lines, ...pageFooter(d.pagination)].join('\n');
}

export function registerRegistryCommands(program: Command): void {
  const tx = subcommand(txGroup(program), 'registry', 'model registry transactions: create and manage models');

  addTxOptions(
    addEndpointOptions(
      addMetadataOptions(
        tx
          .command('create-model <name>')
          .description('create a model (you become its owner); names are unique forever: 3–64 of a-z 0-9 - _ .')
          .option('--private', 'a private model: its kernels are encrypted and keys are served by your key server'),
      ),
    ),
  ).action(async (name: string, o: TxCliOptions & MetadataFlags & EndpointFlags & { private?: boolean }) => {
    const vis = visibilityFlags(o);
    await runModuleTx(
      o,
      (sender) => [
        aivmMsgs.createModel({
          creator: sender,
          name,
          ...metadataFields(o),
          visibility: vis.visibility,
          ...(vis.keyEndpoint ? { keyEndpoint: vis.keyEndpoint } : {}),
        }),
      ],
      { summary: `create ${visibilityText(vis.visibility)} model ${name}`, describeResult: (r) => `created model ${name} owned by ${r.from}` },
    );
  });

  addTxOptions(
    addMetadataOptions(
      tx
        .command('update-model <name>')
        .description('replace metadata fields of a model (owner or maintainer); only the fields given change, and an empty value clears one (--tags "")'),
    ),
  ).action(async (name: string, o: TxCliOptions & MetadataFlags) => {
    const mask: string[] = [];
    if (o.description !== undefined) mask.push('description');
    if (o.task !== undefined) mask.push('task');
    if (o.tags !== undefined) mask.push('tags');
    if (o.license !== undefined) mask.push('license');
    if (o.modelCard !== undefined) mask.push('model_card_uri');
    if (mask.length === 0) throw new CliError('BAD_FLAG', 'nothing to update: give at least one of --description, --task, --tags, --license, --model-card');
    await runModuleTx(
      o,
      (sender) => [
        aivmMsgs.updateModel({
          sender,
          name,
          ...metadataFields(o),
          updateMask: mask,
        }),
      ],
      { summary: `update ${mask.join(', ')} of model ${name}`, describeResult: () => `updated ${mask.join(', ')} of ${name}` },
    );
  });

  addTxOptions(tx.command('transfer-ownership <name> <new-owner>').description('hand a model over to another account (owner only)')).action(
    async (name: string, newOwner: string, o: TxCliOptions) => {
      parseAddressArg(newOwner, 'new owner');
      await runModuleTx(o, (owner) => [aivmMsgs.transferOwnership({ owner, name, newOwner })], {
        summary: `transfer model ${name} to ${newOwner}`,
        describeResult: () => `${name} is now owned by ${newOwner}`,
      });
    },
  );

  addTxOptions(tx.command('add-maintainer <name> <address>').description('let an account publish versions of a model (owner only; ≤ 16 maintainers)')).action(
    async (name: string, maintainer: string, o: TxCliOptions) => {
      parseAddressArg(maintainer, 'maintainer');
      await runModuleTx(o, (owner) => [aivmMsgs.addMaintainer({ owner, name, maintainer })], {
        summary: `add maintainer ${maintainer} to ${name}`,
        describeResult: () => `${maintainer} maintains ${name}`,
      });
    },
  );

  addTxOptions(tx.command('remove-maintainer <name> <address>').description('remove a maintainer (the owner, or the maintainer itself)')).action(
    async (name: string, maintainer: string, o: TxCliOptions) => {
      parseAddressArg(maintainer, 'maintainer');
      await runModuleTx(o, (sender) => [aivmMsgs.removeMaintainer({ sender, name, maintainer })], {
        summary: `remove maintainer ${maintainer} from ${name}`,
        describeResult: () => `${maintainer} no longer maintains ${name}`,
      });
    },
  );

  addTxOptions(
    addEndpointOptions(
      tx
        .command('set-visibility <name> <visibility>')
        .description('make a model public, or private with a key endpoint (also changes the endpoint); owner only. Making a model private does not hide its earlier, unencrypted versions'),
    ),
  ).action(async (name: string, visibility: string, o: TxCliOptions & EndpointFlags) => {
    const v = visibility.trim().toLowerCase();
    if (v !== 'public' && v !== 'private') throw new CliError('BAD_ARGS', `visibility must be public or private, not ${JSON.stringify(visibility)}`);
    const vis = visibilityFlags({ ...o, private: v === 'private' });
    await runModuleTx(o, (owner) => [aivmMsgs.setVisibility({ owner, name, visibility: vis.visibility, ...(vis.keyEndpoint ? { keyEndpoint: vis.keyEndpoint } : {}) })], {
      summary: `make model ${name} ${v}`,
      describeResult: () => `${name} is ${v}`,
    });
  });

  // ---- queries -------------------------------------------------------------------------------

  const q = subcommand(queryGroup(program), 'registry', 'model registry queries: models by name, owner, tag, task, prefix');

  addQueryOptions(q.command('model <name>').description('one model: owner, maintainers, metadata, visibility')).action(async (name: string, o: QueryCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.registry.v1.Query/Model', reg.QueryModelRequest, { name }, reg.QueryModelResponse);
    if (!r.model) throw new CliError('MODEL_NOT_FOUND', `no model named ${name}`);
    print(o.output, protoJson(reg.Model, r.model as aivm.registry.v1.Model), modelText);
  });

  addQueryOptions(
    addPageOptions(
      q
        .command('models')
        .description('list models by owner, tag, task or name prefix (all models, by name, without a filter)')
        .option('--owner <address>', 'models of this owner')
        .option('--tag <tag>', 'models with this tag')
        .option('--task <task>', 'models of this task')
        .option('--prefix <prefix>', 'models whose name starts with this'),
    ),
  ).action(async (o: QueryCliOptions & PageCliOptions & { owner?: string; tag?: string; task?: string; prefix?: string }) => {
    const given = (['owner', 'tag', 'task', 'prefix'] as const).filter((k) => o[k] !== undefined);
    if (given.length > 1) throw new CliError('BAD_FLAG', `give one of --owner, --tag, --task, --prefix, not ${given.map((g) => `--${g}`).join(' and ')}`);
    const pagination = pageRequest(o);
    const url = queryNodeUrl(o);
    let r: aivm.registry.v1.QueryModelsResponse;
    if (o.owner !== undefined) {
      parseAddressArg(o.owner, '--owner');
      r = await moduleQuery(url, '/aivm.registry.v1.Query/ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner: o.owner, pagination }, reg.QueryModelsResponse);
    } else if (o.tag !== undefined) {
      r = await moduleQuery(url, '/aivm.registry.v1.Query/ModelsByTag', reg.QueryModelsByTagRequest, { tag: o.tag, pagination }, reg.QueryModelsResponse);
    } else if (o.task !== undefined) {
      r = await moduleQuery(url, '/aivm.registry.v1.Query/ModelsByTask', reg.QueryModelsByTaskRequest, { task: o.task, pagination }, reg.QueryModelsResponse);
    } else {
      r = await moduleQuery(url, '/aivm.registry.v1.Query/ModelsByPrefix', reg.QueryModelsByPrefixRequest, { prefix: o.prefix ?? '', pagination }, reg.QueryModelsResponse);
    }
    print(o.output, protoJson(reg.QueryModelsResponse, r), modelsText);
  });
}
