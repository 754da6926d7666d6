// Message routes of the registry module: stateless checks in validateBasic, then the keeper.
import { msgRoute, type MsgRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import type { RegistryKeeper } from './keeper.js';
import { canonicalAddress, strictDecode } from './util.js';
import { parseUpdateMask, validateMetadata, validateModelName, validateVisibility } from './validation.js';

const pb = aivm.registry.v1;

export const RegistryMsgTypes = {
  CreateModel: '/aivm.registry.v1.MsgCreateModel',
  UpdateModel: '/aivm.registry.v1.MsgUpdateModel',
  TransferOwnership: '/aivm.registry.v1.MsgTransferOwnership',
  AddMaintainer: '/aivm.registry.v1.MsgAddMaintainer',
  RemoveMaintainer: '/aivm.registry.v1.MsgRemoveMaintainer',
  SetVisibility: '/aivm.registry.v1.MsgSetVisibility',
} as const;

function response<T>(type: { encode(m: T): { finish(): Uint8Array } }, typeUrl: string, value: T) {
  return { typeUrl: `${typeUrl}Response`, value: type.encode(value).finish() };
}

export function registryMsgs(k: RegistryKeeper): MsgRoute<any>[] {
  const T = RegistryMsgTypes;
  return [
    msgRoute({
      typeUrl: T.CreateModel,
      decode: (b) => strictDecode(pb.MsgCreateModel, b, 'MsgCreateModel'),
      validateBasic(m) {
        canonicalAddress(m.creator, 'creator');
        validateModelName(m.name);
        validateMetadata(m);
        validateVisibility(m.visibility, m.keyEndpoint, true);
      },
      signers: (m) => [m.creator],
      handle(ctx, m) {
        const vis = validateVisibility(m.visibility, m.keyEndpoint, true);
        k.createModel(ctx, { name: m.name, owner: m.creator, metadata: validateMetadata(m), visibility: vis.visibility, keyEndpoint: vis.keyEndpoint });
        return response(pb.MsgCreateModelResponse, T.CreateModel, { name: m.name });
      },
    }),
    msgRoute({
      typeUrl: T.UpdateModel,
      decode: (b) => strictDecode(pb.MsgUpdateModel, b, 'MsgUpdateModel'),
      validateBasic(m) {
        canonicalAddress(m.sender, 'sender');
        validateModelName(m.name);
        parseUpdateMask(m.updateMask);
        validateMetadata(m);
      },
      signers: (m) => [m.sender],
      handle(ctx, m) {
        k.updateMetadata(ctx, m.sender, m.name, validateMetadata(m), parseUpdateMask(m.updateMask));
        return response(pb.MsgUpdateModelResponse, T.UpdateModel, {});
      },
    }),
    msgRoute({
      typeUrl: T.TransferOwnership,
      decode: (b) => strictDecode(pb.MsgTransferOwnership, b, 'MsgTransferOwnership'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        validateModelName(m.name);
        canonicalAddress(m.newOwner, 'new_owner');
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.transferOwnership(ctx, m.owner, m.name, m.newOwner);
        return response(pb.MsgTransferOwnershipResponse, T.TransferOwnership, {});
      },
    }),
    msgRoute({
      typeUrl: T.AddMaintainer,
      decode: (b) => strictDecode(pb.MsgAddMaintainer, b, 'MsgAddMaintainer'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        validateModelName(m.name);
        canonicalAddress(m.maintainer, 'maintainer');
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.addMaintainer(ctx, m.owner, m.name, m.maintainer);
        return response(pb.MsgAddMaintainerResponse, T.AddMaintainer, {});
      },
    }),
    msgRoute({
      typeUrl: T.RemoveMaintainer,
      decode: (b) => strictDecode(pb.MsgRemoveMaintainer, b, 'MsgRemoveMaintainer'),
      validateBasic(m) {
        canonicalAddress(m.sender, 'sender');
        validateModelName(m.name);
        canonicalAddress(m.maintainer, 'maintainer');
      },
      signers: (m) => [m.sender],
      handle(ctx, m) {
        k.removeMaintainer(ctx, m.sender, m.name, m.maintainer);
        return response(pb.MsgRemoveMaintainerResponse, T.RemoveMaintainer, {});
      },
    }),
    msgRoute({
      typeUrl: T.SetVisibility,
      decode: (b) => strictDecode(pb.MsgSetVisibility, b, 'MsgSetVisibility'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        validateModelName(m.name);
        validateVisibility(m.visibility, m.keyEndpoint, false);
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        const vis = validateVisibility(m.visibility, m.keyEndpoint, false);
        k.setVisibility(ctx, m.owner, m.name, vis.visibility, vis.keyEndpoint);
        return response(pb.MsgSetVisibilityResponse, T.SetVisibility, {});
      },
    }),
  ];
}
