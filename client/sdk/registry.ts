// A cosmjs Registry that knows every aivm message as well as cosmjs's default types (so that
// bank sends and everything else SigningStargateClient does keep working).
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { aivmRegistryTypes } from './messages.js';

export function createAivmRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...aivmRegistryTypes]);
}
