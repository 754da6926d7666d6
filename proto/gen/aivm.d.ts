import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace aivm {

    namespace types {

        namespace v1 {

            interface ITime extends aivm.types.v1.Time.$Properties {
            }

            class Time {
                constructor(p?: aivm.types.v1.Time.$Properties);
                $unknowns?: Uint8Array[];
                seconds: number;
                nanos: number;
                static create(properties: aivm.types.v1.Time.$Shape): aivm.types.v1.Time & aivm.types.v1.Time.$Shape;
                static create(properties?: aivm.types.v1.Time.$Properties): aivm.types.v1.Time;
                static encode(m: aivm.types.v1.Time.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Time & aivm.types.v1.Time.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Time;
                static toObject(m: aivm.types.v1.Time, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Time {
                interface $Properties {
                    seconds?: (number|null);
                    nanos?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Time.$Properties;
            }

            interface IHeader extends aivm.types.v1.Header.$Properties {
            }

            class Header {
                constructor(p?: aivm.types.v1.Header.$Properties);
                $unknowns?: Uint8Array[];
                chainId: string;
                height: number;
                time?: (aivm.types.v1.Time.$Properties|null);
                lastBlockHash: Uint8Array;
                lastCommitHash: Uint8Array;
                dataHash: Uint8Array;
                validatorsHash: Uint8Array;
                nextValidatorsHash: Uint8Array;
                appHash: Uint8Array;
                lastResultsHash: Uint8Array;
                proposerAddress: Uint8Array;
                static create(properties: aivm.types.v1.Header.$Shape): aivm.types.v1.Header & aivm.types.v1.Header.$Shape;
                static create(properties?: aivm.types.v1.Header.$Properties): aivm.types.v1.Header;
                static encode(m: aivm.types.v1.Header.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Header & aivm.types.v1.Header.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Header;
                static toObject(m: aivm.types.v1.Header, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Header {
                interface $Properties {
                    chainId?: (string|null);
                    height?: (number|null);
                    time?: (aivm.types.v1.Time.$Properties|null);
                    lastBlockHash?: (Uint8Array|null);
                    lastCommitHash?: (Uint8Array|null);
                    dataHash?: (Uint8Array|null);
                    validatorsHash?: (Uint8Array|null);
                    nextValidatorsHash?: (Uint8Array|null);
                    appHash?: (Uint8Array|null);
                    lastResultsHash?: (Uint8Array|null);
                    proposerAddress?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Header.$Properties;
            }

            interface IBlock extends aivm.types.v1.Block.$Properties {
            }

            class Block {
                constructor(p?: aivm.types.v1.Block.$Properties);
                $unknowns?: Uint8Array[];
                header?: (aivm.types.v1.Header.$Properties|null);
                txs: Uint8Array[];
                lastCommit?: (aivm.types.v1.Commit.$Properties|null);
                static create(properties: aivm.types.v1.Block.$Shape): aivm.types.v1.Block & aivm.types.v1.Block.$Shape;
                static create(properties?: aivm.types.v1.Block.$Properties): aivm.types.v1.Block;
                static encode(m: aivm.types.v1.Block.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Block & aivm.types.v1.Block.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Block;
                static toObject(m: aivm.types.v1.Block, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Block {
                interface $Properties {
                    header?: (aivm.types.v1.Header.$Properties|null);
                    txs?: (Uint8Array[]|null);
                    lastCommit?: (aivm.types.v1.Commit.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Block.$Properties;
            }

            enum BlockIdFlag {
                BLOCK_ID_FLAG_UNKNOWN = 0,
                BLOCK_ID_FLAG_ABSENT = 1,
                BLOCK_ID_FLAG_COMMIT = 2,
                BLOCK_ID_FLAG_NIL = 3
            }

            interface ICommitSig extends aivm.types.v1.CommitSig.$Properties {
            }

            class CommitSig {
                constructor(p?: aivm.types.v1.CommitSig.$Properties);
                $unknowns?: Uint8Array[];
                blockIdFlag: aivm.types.v1.BlockIdFlag;
                validatorAddress: Uint8Array;
                timestamp?: (aivm.types.v1.Time.$Properties|null);
                signature: Uint8Array;
                static create(properties: aivm.types.v1.CommitSig.$Shape): aivm.types.v1.CommitSig & aivm.types.v1.CommitSig.$Shape;
                static create(properties?: aivm.types.v1.CommitSig.$Properties): aivm.types.v1.CommitSig;
                static encode(m: aivm.types.v1.CommitSig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.CommitSig & aivm.types.v1.CommitSig.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.CommitSig;
                static toObject(m: aivm.types.v1.CommitSig, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitSig {
                interface $Properties {
                    blockIdFlag?: (aivm.types.v1.BlockIdFlag|null);
                    validatorAddress?: (Uint8Array|null);
                    timestamp?: (aivm.types.v1.Time.$Properties|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.CommitSig.$Properties;
            }

            interface ICommit extends aivm.types.v1.Commit.$Properties {
            }

            class Commit {
                constructor(p?: aivm.types.v1.Commit.$Properties);
                $unknowns?: Uint8Array[];
                height: number;
                round: number;
                blockHash: Uint8Array;
                signatures: aivm.types.v1.CommitSig.$Properties[];
                static create(properties: aivm.types.v1.Commit.$Shape): aivm.types.v1.Commit & aivm.types.v1.Commit.$Shape;
                static create(properties?: aivm.types.v1.Commit.$Properties): aivm.types.v1.Commit;
                static encode(m: aivm.types.v1.Commit.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Commit & aivm.types.v1.Commit.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Commit;
                static toObject(m: aivm.types.v1.Commit, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Commit {
                interface $Properties {
                    height?: (number|null);
                    round?: (number|null);
                    blockHash?: (Uint8Array|null);
                    signatures?: (aivm.types.v1.CommitSig.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Commit.$Properties;
            }

            enum SignedMsgType {
                SIGNED_MSG_TYPE_UNKNOWN = 0,
                SIGNED_MSG_TYPE_PREVOTE = 1,
                SIGNED_MSG_TYPE_PRECOMMIT = 2,
                SIGNED_MSG_TYPE_PROPOSAL = 32
            }

            interface IVote extends aivm.types.v1.Vote.$Properties {
            }

            class Vote {
                constructor(p?: aivm.types.v1.Vote.$Properties);
                $unknowns?: Uint8Array[];
                type: aivm.types.v1.SignedMsgType;
                height: number;
                round: number;
                blockHash: Uint8Array;
                timestamp?: (aivm.types.v1.Time.$Properties|null);
                validatorAddress: Uint8Array;
                signature: Uint8Array;
                static create(properties: aivm.types.v1.Vote.$Shape): aivm.types.v1.Vote & aivm.types.v1.Vote.$Shape;
                static create(properties?: aivm.types.v1.Vote.$Properties): aivm.types.v1.Vote;
                static encode(m: aivm.types.v1.Vote.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Vote & aivm.types.v1.Vote.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Vote;
                static toObject(m: aivm.types.v1.Vote, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Vote {
                interface $Properties {
                    type?: (aivm.types.v1.SignedMsgType|null);
                    height?: (number|null);
                    round?: (number|null);
                    blockHash?: (Uint8Array|null);
                    timestamp?: (aivm.types.v1.Time.$Properties|null);
                    validatorAddress?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Vote.$Properties;
            }

            interface IProposal extends aivm.types.v1.Proposal.$Properties {
            }

            class Proposal {
                constructor(p?: aivm.types.v1.Proposal.$Properties);
                $unknowns?: Uint8Array[];
                height: number;
                round: number;
                polRound: number;
                blockHash: Uint8Array;
                timestamp?: (aivm.types.v1.Time.$Properties|null);
                signature: Uint8Array;
                static create(properties: aivm.types.v1.Proposal.$Shape): aivm.types.v1.Proposal & aivm.types.v1.Proposal.$Shape;
                static create(properties?: aivm.types.v1.Proposal.$Properties): aivm.types.v1.Proposal;
                static encode(m: aivm.types.v1.Proposal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Proposal & aivm.types.v1.Proposal.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Proposal;
                static toObject(m: aivm.types.v1.Proposal, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Proposal {
                interface $Properties {
                    height?: (number|null);
                    round?: (number|null);
                    polRound?: (number|null);
                    blockHash?: (Uint8Array|null);
                    timestamp?: (aivm.types.v1.Time.$Properties|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Proposal.$Properties;
            }

            interface ICanonicalSignBytes extends aivm.types.v1.CanonicalSignBytes.$Properties {
            }

            class CanonicalSignBytes {
                constructor(p?: aivm.types.v1.CanonicalSignBytes.$Properties);
                $unknowns?: Uint8Array[];
                type: aivm.types.v1.SignedMsgType;
                height: number;
                round: number;
                polRound: number;
                blockHash: Uint8Array;
                timestamp?: (aivm.types.v1.Time.$Properties|null);
                chainId: string;
                static create(properties: aivm.types.v1.CanonicalSignBytes.$Shape): aivm.types.v1.CanonicalSignBytes & aivm.types.v1.CanonicalSignBytes.$Shape;
                static create(properties?: aivm.types.v1.CanonicalSignBytes.$Properties): aivm.types.v1.CanonicalSignBytes;
                static encode(m: aivm.types.v1.CanonicalSignBytes.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.CanonicalSignBytes & aivm.types.v1.CanonicalSignBytes.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.CanonicalSignBytes;
                static toObject(m: aivm.types.v1.CanonicalSignBytes, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CanonicalSignBytes {
                interface $Properties {
                    type?: (aivm.types.v1.SignedMsgType|null);
                    height?: (number|null);
                    round?: (number|null);
                    polRound?: (number|null);
                    blockHash?: (Uint8Array|null);
                    timestamp?: (aivm.types.v1.Time.$Properties|null);
                    chainId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.CanonicalSignBytes.$Properties;
            }

            interface IEventAttribute extends aivm.types.v1.EventAttribute.$Properties {
            }

            class EventAttribute {
                constructor(p?: aivm.types.v1.EventAttribute.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                value: string;
                index: boolean;
                static create(properties: aivm.types.v1.EventAttribute.$Shape): aivm.types.v1.EventAttribute & aivm.types.v1.EventAttribute.$Shape;
                static create(properties?: aivm.types.v1.EventAttribute.$Properties): aivm.types.v1.EventAttribute;
                static encode(m: aivm.types.v1.EventAttribute.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.EventAttribute & aivm.types.v1.EventAttribute.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.EventAttribute;
                static toObject(m: aivm.types.v1.EventAttribute, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAttribute {
                interface $Properties {
                    key?: (string|null);
                    value?: (string|null);
                    index?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.EventAttribute.$Properties;
            }

            interface IEvent extends aivm.types.v1.Event.$Properties {
            }

            class Event {
                constructor(p?: aivm.types.v1.Event.$Properties);
                $unknowns?: Uint8Array[];
                type: string;
                attributes: aivm.types.v1.EventAttribute.$Properties[];
                static create(properties: aivm.types.v1.Event.$Shape): aivm.types.v1.Event & aivm.types.v1.Event.$Shape;
                static create(properties?: aivm.types.v1.Event.$Properties): aivm.types.v1.Event;
                static encode(m: aivm.types.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Event & aivm.types.v1.Event.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Event;
                static toObject(m: aivm.types.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {
                interface $Properties {
                    type?: (string|null);
                    attributes?: (aivm.types.v1.EventAttribute.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Event.$Properties;
            }

            interface IExecTxResult extends aivm.types.v1.ExecTxResult.$Properties {
            }

            class ExecTxResult {
                constructor(p?: aivm.types.v1.ExecTxResult.$Properties);
                $unknowns?: Uint8Array[];
                code: number;
                data: Uint8Array;
                log: string;
                gasWanted: number;
                gasUsed: number;
                events: aivm.types.v1.Event.$Properties[];
                codespace: string;
                static create(properties: aivm.types.v1.ExecTxResult.$Shape): aivm.types.v1.ExecTxResult & aivm.types.v1.ExecTxResult.$Shape;
                static create(properties?: aivm.types.v1.ExecTxResult.$Properties): aivm.types.v1.ExecTxResult;
                static encode(m: aivm.types.v1.ExecTxResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.ExecTxResult & aivm.types.v1.ExecTxResult.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.ExecTxResult;
                static toObject(m: aivm.types.v1.ExecTxResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecTxResult {
                interface $Properties {
                    code?: (number|null);
                    data?: (Uint8Array|null);
                    log?: (string|null);
                    gasWanted?: (number|null);
                    gasUsed?: (number|null);
                    events?: (aivm.types.v1.Event.$Properties[]|null);
                    codespace?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.ExecTxResult.$Properties;
            }

            interface IBlockResults extends aivm.types.v1.BlockResults.$Properties {
            }

            class BlockResults {
                constructor(p?: aivm.types.v1.BlockResults.$Properties);
                $unknowns?: Uint8Array[];
                height: number;
                txResults: aivm.types.v1.ExecTxResult.$Properties[];
                finalizeBlockEvents: aivm.types.v1.Event.$Properties[];
                appHash: Uint8Array;
                static create(properties: aivm.types.v1.BlockResults.$Shape): aivm.types.v1.BlockResults & aivm.types.v1.BlockResults.$Shape;
                static create(properties?: aivm.types.v1.BlockResults.$Properties): aivm.types.v1.BlockResults;
                static encode(m: aivm.types.v1.BlockResults.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.BlockResults & aivm.types.v1.BlockResults.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.BlockResults;
                static toObject(m: aivm.types.v1.BlockResults, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace BlockResults {
                interface $Properties {
                    height?: (number|null);
                    txResults?: (aivm.types.v1.ExecTxResult.$Properties[]|null);
                    finalizeBlockEvents?: (aivm.types.v1.Event.$Properties[]|null);
                    appHash?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.BlockResults.$Properties;
            }

            interface ISignerState extends aivm.types.v1.SignerState.$Properties {
            }

            class SignerState {
                constructor(p?: aivm.types.v1.SignerState.$Properties);
                $unknowns?: Uint8Array[];
                height: number;
                round: number;
                step: number;
                signBytes: Uint8Array;
                signature: Uint8Array;
                static create(properties: aivm.types.v1.SignerState.$Shape): aivm.types.v1.SignerState & aivm.types.v1.SignerState.$Shape;
                static create(properties?: aivm.types.v1.SignerState.$Properties): aivm.types.v1.SignerState;
                static encode(m: aivm.types.v1.SignerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.SignerState & aivm.types.v1.SignerState.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.SignerState;
                static toObject(m: aivm.types.v1.SignerState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignerState {
                interface $Properties {
                    height?: (number|null);
                    round?: (number|null);
                    step?: (number|null);
                    signBytes?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.SignerState.$Properties;
            }

            interface IValidator extends aivm.types.v1.Validator.$Properties {
            }

            class Validator {
                constructor(p?: aivm.types.v1.Validator.$Properties);
                $unknowns?: Uint8Array[];
                address: Uint8Array;
                pubKey: Uint8Array;
                power: number;
                operatorAddress: string;
                moniker: string;
                static create(properties: aivm.types.v1.Validator.$Shape): aivm.types.v1.Validator & aivm.types.v1.Validator.$Shape;
                static create(properties?: aivm.types.v1.Validator.$Properties): aivm.types.v1.Validator;
                static encode(m: aivm.types.v1.Validator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.types.v1.Validator & aivm.types.v1.Validator.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.types.v1.Validator;
                static toObject(m: aivm.types.v1.Validator, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Validator {
                interface $Properties {
                    address?: (Uint8Array|null);
                    pubKey?: (Uint8Array|null);
                    power?: (number|null);
                    operatorAddress?: (string|null);
                    moniker?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.types.v1.Validator.$Properties;
            }
        }
    }
}
