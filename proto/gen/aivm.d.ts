import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace aivm {

    namespace access {

        namespace v1 {

            interface IGenesisState extends aivm.access.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(p?: aivm.access.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                grants: aivm.access.v1.Grant.$Properties[];
                static create(properties: aivm.access.v1.GenesisState.$Shape): aivm.access.v1.GenesisState & aivm.access.v1.GenesisState.$Shape;
                static create(properties?: aivm.access.v1.GenesisState.$Properties): aivm.access.v1.GenesisState;
                static encode(m: aivm.access.v1.GenesisState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.GenesisState & aivm.access.v1.GenesisState.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.GenesisState;
                static toObject(m: aivm.access.v1.GenesisState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    grants?: (aivm.access.v1.Grant.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.GenesisState.$Properties;
            }

            enum Purpose {
                PURPOSE_UNSPECIFIED = 0,
                PURPOSE_EXECUTE = 1,
                PURPOSE_VERIFY = 2
            }

            interface IGrant extends aivm.access.v1.Grant.$Properties {
            }

            class Grant {
                constructor(p?: aivm.access.v1.Grant.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                grantee: string;
                purpose: aivm.access.v1.Purpose;
                expiresAt: number;
                granter: string;
                createdHeight: number;
                static create(properties: aivm.access.v1.Grant.$Shape): aivm.access.v1.Grant & aivm.access.v1.Grant.$Shape;
                static create(properties?: aivm.access.v1.Grant.$Properties): aivm.access.v1.Grant;
                static encode(m: aivm.access.v1.Grant.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.Grant & aivm.access.v1.Grant.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.Grant;
                static toObject(m: aivm.access.v1.Grant, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Grant {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    grantee?: (string|null);
                    purpose?: (aivm.access.v1.Purpose|null);
                    expiresAt?: (number|null);
                    granter?: (string|null);
                    createdHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.Grant.$Properties;
            }

            interface IGrantEntry extends aivm.access.v1.GrantEntry.$Properties {
            }

            class GrantEntry {
                constructor(p?: aivm.access.v1.GrantEntry.$Properties);
                $unknowns?: Uint8Array[];
                grant?: (aivm.access.v1.Grant.$Properties|null);
                active: boolean;
                static create(properties: aivm.access.v1.GrantEntry.$Shape): aivm.access.v1.GrantEntry & aivm.access.v1.GrantEntry.$Shape;
                static create(properties?: aivm.access.v1.GrantEntry.$Properties): aivm.access.v1.GrantEntry;
                static encode(m: aivm.access.v1.GrantEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.GrantEntry & aivm.access.v1.GrantEntry.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.GrantEntry;
                static toObject(m: aivm.access.v1.GrantEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantEntry {
                interface $Properties {
                    grant?: (aivm.access.v1.Grant.$Properties|null);
                    active?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.GrantEntry.$Properties;
            }

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;
                grantsByModel: aivm.access.v1.Query.GrantsByModel;
                grantsByGrantee: aivm.access.v1.Query.GrantsByGrantee;
                hasAccess: aivm.access.v1.Query.HasAccess;
            }

            namespace Query {
                type GrantsByModelCallback = (error: (Error|null), response?: aivm.access.v1.QueryGrantsResponse) => void;
                type GrantsByModel = {
                  (request: aivm.access.v1.IQueryGrantsByModelRequest, callback: aivm.access.v1.Query.GrantsByModelCallback): void;
                  (request: aivm.access.v1.IQueryGrantsByModelRequest): Promise<aivm.access.v1.QueryGrantsResponse>;
                  readonly name: "GrantsByModel";
                  readonly path: "/aivm.access.v1.Query/GrantsByModel";
                  readonly requestType: "QueryGrantsByModelRequest";
                  readonly responseType: "QueryGrantsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GrantsByGranteeCallback = (error: (Error|null), response?: aivm.access.v1.QueryGrantsResponse) => void;
                type GrantsByGrantee = {
                  (request: aivm.access.v1.IQueryGrantsByGranteeRequest, callback: aivm.access.v1.Query.GrantsByGranteeCallback): void;
                  (request: aivm.access.v1.IQueryGrantsByGranteeRequest): Promise<aivm.access.v1.QueryGrantsResponse>;
                  readonly name: "GrantsByGrantee";
                  readonly path: "/aivm.access.v1.Query/GrantsByGrantee";
                  readonly requestType: "QueryGrantsByGranteeRequest";
                  readonly responseType: "QueryGrantsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type HasAccessCallback = (error: (Error|null), response?: aivm.access.v1.QueryHasAccessResponse) => void;
                type HasAccess = {
                  (request: aivm.access.v1.IQueryHasAccessRequest, callback: aivm.access.v1.Query.HasAccessCallback): void;
                  (request: aivm.access.v1.IQueryHasAccessRequest): Promise<aivm.access.v1.QueryHasAccessResponse>;
                  readonly name: "HasAccess";
                  readonly path: "/aivm.access.v1.Query/HasAccess";
                  readonly requestType: "QueryHasAccessRequest";
                  readonly responseType: "QueryHasAccessResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IQueryGrantsByModelRequest extends aivm.access.v1.QueryGrantsByModelRequest.$Properties {
            }

            class QueryGrantsByModelRequest {
                constructor(p?: aivm.access.v1.QueryGrantsByModelRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.access.v1.QueryGrantsByModelRequest.$Shape): aivm.access.v1.QueryGrantsByModelRequest & aivm.access.v1.QueryGrantsByModelRequest.$Shape;
                static create(properties?: aivm.access.v1.QueryGrantsByModelRequest.$Properties): aivm.access.v1.QueryGrantsByModelRequest;
                static encode(m: aivm.access.v1.QueryGrantsByModelRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.QueryGrantsByModelRequest & aivm.access.v1.QueryGrantsByModelRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.QueryGrantsByModelRequest;
                static toObject(m: aivm.access.v1.QueryGrantsByModelRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryGrantsByModelRequest {
                interface $Properties {
                    model?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.QueryGrantsByModelRequest.$Properties;
            }

            interface IQueryGrantsByGranteeRequest extends aivm.access.v1.QueryGrantsByGranteeRequest.$Properties {
            }

            class QueryGrantsByGranteeRequest {
                constructor(p?: aivm.access.v1.QueryGrantsByGranteeRequest.$Properties);
                $unknowns?: Uint8Array[];
                grantee: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.access.v1.QueryGrantsByGranteeRequest.$Shape): aivm.access.v1.QueryGrantsByGranteeRequest & aivm.access.v1.QueryGrantsByGranteeRequest.$Shape;
                static create(properties?: aivm.access.v1.QueryGrantsByGranteeRequest.$Properties): aivm.access.v1.QueryGrantsByGranteeRequest;
                static encode(m: aivm.access.v1.QueryGrantsByGranteeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.QueryGrantsByGranteeRequest & aivm.access.v1.QueryGrantsByGranteeRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.QueryGrantsByGranteeRequest;
                static toObject(m: aivm.access.v1.QueryGrantsByGranteeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryGrantsByGranteeRequest {
                interface $Properties {
                    grantee?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.QueryGrantsByGranteeRequest.$Properties;
            }

            interface IQueryGrantsResponse extends aivm.access.v1.QueryGrantsResponse.$Properties {
            }

            class QueryGrantsResponse {
                constructor(p?: aivm.access.v1.QueryGrantsResponse.$Properties);
                $unknowns?: Uint8Array[];
                grants: aivm.access.v1.GrantEntry.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.access.v1.QueryGrantsResponse.$Shape): aivm.access.v1.QueryGrantsResponse & aivm.access.v1.QueryGrantsResponse.$Shape;
                static create(properties?: aivm.access.v1.QueryGrantsResponse.$Properties): aivm.access.v1.QueryGrantsResponse;
                static encode(m: aivm.access.v1.QueryGrantsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.QueryGrantsResponse & aivm.access.v1.QueryGrantsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.QueryGrantsResponse;
                static toObject(m: aivm.access.v1.QueryGrantsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryGrantsResponse {
                interface $Properties {
                    grants?: (aivm.access.v1.GrantEntry.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.QueryGrantsResponse.$Properties;
            }

            interface IQueryHasAccessRequest extends aivm.access.v1.QueryHasAccessRequest.$Properties {
            }

            class QueryHasAccessRequest {
                constructor(p?: aivm.access.v1.QueryHasAccessRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                grantee: string;
                purpose: aivm.access.v1.Purpose;
                static create(properties: aivm.access.v1.QueryHasAccessRequest.$Shape): aivm.access.v1.QueryHasAccessRequest & aivm.access.v1.QueryHasAccessRequest.$Shape;
                static create(properties?: aivm.access.v1.QueryHasAccessRequest.$Properties): aivm.access.v1.QueryHasAccessRequest;
                static encode(m: aivm.access.v1.QueryHasAccessRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.QueryHasAccessRequest & aivm.access.v1.QueryHasAccessRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.QueryHasAccessRequest;
                static toObject(m: aivm.access.v1.QueryHasAccessRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryHasAccessRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    grantee?: (string|null);
                    purpose?: (aivm.access.v1.Purpose|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.QueryHasAccessRequest.$Properties;
            }

            interface IQueryHasAccessResponse extends aivm.access.v1.QueryHasAccessResponse.$Properties {
            }

            class QueryHasAccessResponse {
                constructor(p?: aivm.access.v1.QueryHasAccessResponse.$Properties);
                $unknowns?: Uint8Array[];
                hasAccess: boolean;
                grant?: (aivm.access.v1.Grant.$Properties|null);
                static create(properties: aivm.access.v1.QueryHasAccessResponse.$Shape): aivm.access.v1.QueryHasAccessResponse & aivm.access.v1.QueryHasAccessResponse.$Shape;
                static create(properties?: aivm.access.v1.QueryHasAccessResponse.$Properties): aivm.access.v1.QueryHasAccessResponse;
                static encode(m: aivm.access.v1.QueryHasAccessResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.QueryHasAccessResponse & aivm.access.v1.QueryHasAccessResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.QueryHasAccessResponse;
                static toObject(m: aivm.access.v1.QueryHasAccessResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryHasAccessResponse {
                interface $Properties {
                    hasAccess?: (boolean|null);
                    grant?: (aivm.access.v1.Grant.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.QueryHasAccessResponse.$Properties;
            }

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;
                grantAccess: aivm.access.v1.Msg.GrantAccess;
                revokeAccess: aivm.access.v1.Msg.RevokeAccess;
            }

            namespace Msg {
                type GrantAccessCallback = (error: (Error|null), response?: aivm.access.v1.MsgGrantAccessResponse) => void;
                type GrantAccess = {
                  (request: aivm.access.v1.IMsgGrantAccess, callback: aivm.access.v1.Msg.GrantAccessCallback): void;
                  (request: aivm.access.v1.IMsgGrantAccess): Promise<aivm.access.v1.MsgGrantAccessResponse>;
                  readonly name: "GrantAccess";
                  readonly path: "/aivm.access.v1.Msg/GrantAccess";
                  readonly requestType: "MsgGrantAccess";
                  readonly responseType: "MsgGrantAccessResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RevokeAccessCallback = (error: (Error|null), response?: aivm.access.v1.MsgRevokeAccessResponse) => void;
                type RevokeAccess = {
                  (request: aivm.access.v1.IMsgRevokeAccess, callback: aivm.access.v1.Msg.RevokeAccessCallback): void;
                  (request: aivm.access.v1.IMsgRevokeAccess): Promise<aivm.access.v1.MsgRevokeAccessResponse>;
                  readonly name: "RevokeAccess";
                  readonly path: "/aivm.access.v1.Msg/RevokeAccess";
                  readonly requestType: "MsgRevokeAccess";
                  readonly responseType: "MsgRevokeAccessResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IMsgGrantAccess extends aivm.access.v1.MsgGrantAccess.$Properties {
            }

            class MsgGrantAccess {
                constructor(p?: aivm.access.v1.MsgGrantAccess.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                model: string;
                version: string;
                grantee: string;
                purpose: aivm.access.v1.Purpose;
                expiresAt: number;
                static create(properties: aivm.access.v1.MsgGrantAccess.$Shape): aivm.access.v1.MsgGrantAccess & aivm.access.v1.MsgGrantAccess.$Shape;
                static create(properties?: aivm.access.v1.MsgGrantAccess.$Properties): aivm.access.v1.MsgGrantAccess;
                static encode(m: aivm.access.v1.MsgGrantAccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.MsgGrantAccess & aivm.access.v1.MsgGrantAccess.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.MsgGrantAccess;
                static toObject(m: aivm.access.v1.MsgGrantAccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgGrantAccess {
                interface $Properties {
                    owner?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    grantee?: (string|null);
                    purpose?: (aivm.access.v1.Purpose|null);
                    expiresAt?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.MsgGrantAccess.$Properties;
            }

            interface IMsgGrantAccessResponse extends aivm.access.v1.MsgGrantAccessResponse.$Properties {
            }

            class MsgGrantAccessResponse {
                constructor(p?: aivm.access.v1.MsgGrantAccessResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.access.v1.MsgGrantAccessResponse.$Shape): aivm.access.v1.MsgGrantAccessResponse & aivm.access.v1.MsgGrantAccessResponse.$Shape;
                static create(properties?: aivm.access.v1.MsgGrantAccessResponse.$Properties): aivm.access.v1.MsgGrantAccessResponse;
                static encode(m: aivm.access.v1.MsgGrantAccessResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.MsgGrantAccessResponse & aivm.access.v1.MsgGrantAccessResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.MsgGrantAccessResponse;
                static toObject(m: aivm.access.v1.MsgGrantAccessResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgGrantAccessResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.MsgGrantAccessResponse.$Properties;
            }

            interface IMsgRevokeAccess extends aivm.access.v1.MsgRevokeAccess.$Properties {
            }

            class MsgRevokeAccess {
                constructor(p?: aivm.access.v1.MsgRevokeAccess.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                model: string;
                version: string;
                grantee: string;
                purpose: aivm.access.v1.Purpose;
                static create(properties: aivm.access.v1.MsgRevokeAccess.$Shape): aivm.access.v1.MsgRevokeAccess & aivm.access.v1.MsgRevokeAccess.$Shape;
                static create(properties?: aivm.access.v1.MsgRevokeAccess.$Properties): aivm.access.v1.MsgRevokeAccess;
                static encode(m: aivm.access.v1.MsgRevokeAccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.MsgRevokeAccess & aivm.access.v1.MsgRevokeAccess.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.MsgRevokeAccess;
                static toObject(m: aivm.access.v1.MsgRevokeAccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevokeAccess {
                interface $Properties {
                    owner?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    grantee?: (string|null);
                    purpose?: (aivm.access.v1.Purpose|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.MsgRevokeAccess.$Properties;
            }

            interface IMsgRevokeAccessResponse extends aivm.access.v1.MsgRevokeAccessResponse.$Properties {
            }

            class MsgRevokeAccessResponse {
                constructor(p?: aivm.access.v1.MsgRevokeAccessResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.access.v1.MsgRevokeAccessResponse.$Shape): aivm.access.v1.MsgRevokeAccessResponse & aivm.access.v1.MsgRevokeAccessResponse.$Shape;
                static create(properties?: aivm.access.v1.MsgRevokeAccessResponse.$Properties): aivm.access.v1.MsgRevokeAccessResponse;
                static encode(m: aivm.access.v1.MsgRevokeAccessResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.access.v1.MsgRevokeAccessResponse & aivm.access.v1.MsgRevokeAccessResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.access.v1.MsgRevokeAccessResponse;
                static toObject(m: aivm.access.v1.MsgRevokeAccessResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevokeAccessResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.access.v1.MsgRevokeAccessResponse.$Properties;
            }
        }
    }

    namespace registry {

        namespace v1 {

            enum Visibility {
                VISIBILITY_UNSPECIFIED = 0,
                VISIBILITY_PUBLIC = 1,
                VISIBILITY_PRIVATE = 2
            }

            interface IKeyEndpoint extends aivm.registry.v1.KeyEndpoint.$Properties {
            }

            class KeyEndpoint {
                constructor(p?: aivm.registry.v1.KeyEndpoint.$Properties);
                $unknowns?: Uint8Array[];
                multiaddr: string;
                peerId: string;
                static create(properties: aivm.registry.v1.KeyEndpoint.$Shape): aivm.registry.v1.KeyEndpoint & aivm.registry.v1.KeyEndpoint.$Shape;
                static create(properties?: aivm.registry.v1.KeyEndpoint.$Properties): aivm.registry.v1.KeyEndpoint;
                static encode(m: aivm.registry.v1.KeyEndpoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.KeyEndpoint & aivm.registry.v1.KeyEndpoint.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.KeyEndpoint;
                static toObject(m: aivm.registry.v1.KeyEndpoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeyEndpoint {
                interface $Properties {
                    multiaddr?: (string|null);
                    peerId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.KeyEndpoint.$Properties;
            }

            interface IModel extends aivm.registry.v1.Model.$Properties {
            }

            class Model {
                constructor(p?: aivm.registry.v1.Model.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                owner: string;
                maintainers: string[];
                description: string;
                task: string;
                tags: string[];
                license: string;
                modelCardUri: string;
                visibility: aivm.registry.v1.Visibility;
                keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                createdHeight: number;
                updatedHeight: number;
                forkedFromModel: string;
                forkedFromVersion: string;
                static create(properties: aivm.registry.v1.Model.$Shape): aivm.registry.v1.Model & aivm.registry.v1.Model.$Shape;
                static create(properties?: aivm.registry.v1.Model.$Properties): aivm.registry.v1.Model;
                static encode(m: aivm.registry.v1.Model.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.Model & aivm.registry.v1.Model.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.Model;
                static toObject(m: aivm.registry.v1.Model, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Model {
                interface $Properties {
                    name?: (string|null);
                    owner?: (string|null);
                    maintainers?: (string[]|null);
                    description?: (string|null);
                    task?: (string|null);
                    tags?: (string[]|null);
                    license?: (string|null);
                    modelCardUri?: (string|null);
                    visibility?: (aivm.registry.v1.Visibility|null);
                    keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                    createdHeight?: (number|null);
                    updatedHeight?: (number|null);
                    forkedFromModel?: (string|null);
                    forkedFromVersion?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.Model.$Properties;
            }

            interface IPageRequest extends aivm.registry.v1.PageRequest.$Properties {
            }

            class PageRequest {
                constructor(p?: aivm.registry.v1.PageRequest.$Properties);
                $unknowns?: Uint8Array[];
                key: Uint8Array;
                offset: number;
                limit: number;
                countTotal: boolean;
                reverse: boolean;
                static create(properties: aivm.registry.v1.PageRequest.$Shape): aivm.registry.v1.PageRequest & aivm.registry.v1.PageRequest.$Shape;
                static create(properties?: aivm.registry.v1.PageRequest.$Properties): aivm.registry.v1.PageRequest;
                static encode(m: aivm.registry.v1.PageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.PageRequest & aivm.registry.v1.PageRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.PageRequest;
                static toObject(m: aivm.registry.v1.PageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRequest {
                interface $Properties {
                    key?: (Uint8Array|null);
                    offset?: (number|null);
                    limit?: (number|null);
                    countTotal?: (boolean|null);
                    reverse?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.PageRequest.$Properties;
            }

            interface IPageResponse extends aivm.registry.v1.PageResponse.$Properties {
            }

            class PageResponse {
                constructor(p?: aivm.registry.v1.PageResponse.$Properties);
                $unknowns?: Uint8Array[];
                nextKey: Uint8Array;
                total: number;
                static create(properties: aivm.registry.v1.PageResponse.$Shape): aivm.registry.v1.PageResponse & aivm.registry.v1.PageResponse.$Shape;
                static create(properties?: aivm.registry.v1.PageResponse.$Properties): aivm.registry.v1.PageResponse;
                static encode(m: aivm.registry.v1.PageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.PageResponse & aivm.registry.v1.PageResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.PageResponse;
                static toObject(m: aivm.registry.v1.PageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageResponse {
                interface $Properties {
                    nextKey?: (Uint8Array|null);
                    total?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.PageResponse.$Properties;
            }

            interface IGenesisState extends aivm.registry.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(p?: aivm.registry.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                models: aivm.registry.v1.Model.$Properties[];
                static create(properties: aivm.registry.v1.GenesisState.$Shape): aivm.registry.v1.GenesisState & aivm.registry.v1.GenesisState.$Shape;
                static create(properties?: aivm.registry.v1.GenesisState.$Properties): aivm.registry.v1.GenesisState;
                static encode(m: aivm.registry.v1.GenesisState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.GenesisState & aivm.registry.v1.GenesisState.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.GenesisState;
                static toObject(m: aivm.registry.v1.GenesisState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    models?: (aivm.registry.v1.Model.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.GenesisState.$Properties;
            }

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;
                model: aivm.registry.v1.Query.Model;
                modelsByOwner: aivm.registry.v1.Query.ModelsByOwner;
                modelsByTag: aivm.registry.v1.Query.ModelsByTag;
                modelsByTask: aivm.registry.v1.Query.ModelsByTask;
                modelsByPrefix: aivm.registry.v1.Query.ModelsByPrefix;
            }

            namespace Query {
                type ModelCallback = (error: (Error|null), response?: aivm.registry.v1.QueryModelResponse) => void;
                type Model = {
                  (request: aivm.registry.v1.IQueryModelRequest, callback: aivm.registry.v1.Query.ModelCallback): void;
                  (request: aivm.registry.v1.IQueryModelRequest): Promise<aivm.registry.v1.QueryModelResponse>;
                  readonly name: "Model";
                  readonly path: "/aivm.registry.v1.Query/Model";
                  readonly requestType: "QueryModelRequest";
                  readonly responseType: "QueryModelResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ModelsByOwnerCallback = (error: (Error|null), response?: aivm.registry.v1.QueryModelsResponse) => void;
                type ModelsByOwner = {
                  (request: aivm.registry.v1.IQueryModelsByOwnerRequest, callback: aivm.registry.v1.Query.ModelsByOwnerCallback): void;
                  (request: aivm.registry.v1.IQueryModelsByOwnerRequest): Promise<aivm.registry.v1.QueryModelsResponse>;
                  readonly name: "ModelsByOwner";
                  readonly path: "/aivm.registry.v1.Query/ModelsByOwner";
                  readonly requestType: "QueryModelsByOwnerRequest";
                  readonly responseType: "QueryModelsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ModelsByTagCallback = (error: (Error|null), response?: aivm.registry.v1.QueryModelsResponse) => void;
                type ModelsByTag = {
                  (request: aivm.registry.v1.IQueryModelsByTagRequest, callback: aivm.registry.v1.Query.ModelsByTagCallback): void;
                  (request: aivm.registry.v1.IQueryModelsByTagRequest): Promise<aivm.registry.v1.QueryModelsResponse>;
                  readonly name: "ModelsByTag";
                  readonly path: "/aivm.registry.v1.Query/ModelsByTag";
                  readonly requestType: "QueryModelsByTagRequest";
                  readonly responseType: "QueryModelsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ModelsByTaskCallback = (error: (Error|null), response?: aivm.registry.v1.QueryModelsResponse) => void;
                type ModelsByTask = {
                  (request: aivm.registry.v1.IQueryModelsByTaskRequest, callback: aivm.registry.v1.Query.ModelsByTaskCallback): void;
                  (request: aivm.registry.v1.IQueryModelsByTaskRequest): Promise<aivm.registry.v1.QueryModelsResponse>;
                  readonly name: "ModelsByTask";
                  readonly path: "/aivm.registry.v1.Query/ModelsByTask";
                  readonly requestType: "QueryModelsByTaskRequest";
                  readonly responseType: "QueryModelsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ModelsByPrefixCallback = (error: (Error|null), response?: aivm.registry.v1.QueryModelsResponse) => void;
                type ModelsByPrefix = {
                  (request: aivm.registry.v1.IQueryModelsByPrefixRequest, callback: aivm.registry.v1.Query.ModelsByPrefixCallback): void;
                  (request: aivm.registry.v1.IQueryModelsByPrefixRequest): Promise<aivm.registry.v1.QueryModelsResponse>;
                  readonly name: "ModelsByPrefix";
                  readonly path: "/aivm.registry.v1.Query/ModelsByPrefix";
                  readonly requestType: "QueryModelsByPrefixRequest";
                  readonly responseType: "QueryModelsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IQueryModelRequest extends aivm.registry.v1.QueryModelRequest.$Properties {
            }

            class QueryModelRequest {
                constructor(p?: aivm.registry.v1.QueryModelRequest.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                static create(properties: aivm.registry.v1.QueryModelRequest.$Shape): aivm.registry.v1.QueryModelRequest & aivm.registry.v1.QueryModelRequest.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelRequest.$Properties): aivm.registry.v1.QueryModelRequest;
                static encode(m: aivm.registry.v1.QueryModelRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelRequest & aivm.registry.v1.QueryModelRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelRequest;
                static toObject(m: aivm.registry.v1.QueryModelRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelRequest {
                interface $Properties {
                    name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelRequest.$Properties;
            }

            interface IQueryModelResponse extends aivm.registry.v1.QueryModelResponse.$Properties {
            }

            class QueryModelResponse {
                constructor(p?: aivm.registry.v1.QueryModelResponse.$Properties);
                $unknowns?: Uint8Array[];
                model?: (aivm.registry.v1.Model.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelResponse.$Shape): aivm.registry.v1.QueryModelResponse & aivm.registry.v1.QueryModelResponse.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelResponse.$Properties): aivm.registry.v1.QueryModelResponse;
                static encode(m: aivm.registry.v1.QueryModelResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelResponse & aivm.registry.v1.QueryModelResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelResponse;
                static toObject(m: aivm.registry.v1.QueryModelResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelResponse {
                interface $Properties {
                    model?: (aivm.registry.v1.Model.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelResponse.$Properties;
            }

            interface IQueryModelsByOwnerRequest extends aivm.registry.v1.QueryModelsByOwnerRequest.$Properties {
            }

            class QueryModelsByOwnerRequest {
                constructor(p?: aivm.registry.v1.QueryModelsByOwnerRequest.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelsByOwnerRequest.$Shape): aivm.registry.v1.QueryModelsByOwnerRequest & aivm.registry.v1.QueryModelsByOwnerRequest.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelsByOwnerRequest.$Properties): aivm.registry.v1.QueryModelsByOwnerRequest;
                static encode(m: aivm.registry.v1.QueryModelsByOwnerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelsByOwnerRequest & aivm.registry.v1.QueryModelsByOwnerRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelsByOwnerRequest;
                static toObject(m: aivm.registry.v1.QueryModelsByOwnerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelsByOwnerRequest {
                interface $Properties {
                    owner?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelsByOwnerRequest.$Properties;
            }

            interface IQueryModelsByTagRequest extends aivm.registry.v1.QueryModelsByTagRequest.$Properties {
            }

            class QueryModelsByTagRequest {
                constructor(p?: aivm.registry.v1.QueryModelsByTagRequest.$Properties);
                $unknowns?: Uint8Array[];
                tag: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelsByTagRequest.$Shape): aivm.registry.v1.QueryModelsByTagRequest & aivm.registry.v1.QueryModelsByTagRequest.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelsByTagRequest.$Properties): aivm.registry.v1.QueryModelsByTagRequest;
                static encode(m: aivm.registry.v1.QueryModelsByTagRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelsByTagRequest & aivm.registry.v1.QueryModelsByTagRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelsByTagRequest;
                static toObject(m: aivm.registry.v1.QueryModelsByTagRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelsByTagRequest {
                interface $Properties {
                    tag?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelsByTagRequest.$Properties;
            }

            interface IQueryModelsByTaskRequest extends aivm.registry.v1.QueryModelsByTaskRequest.$Properties {
            }

            class QueryModelsByTaskRequest {
                constructor(p?: aivm.registry.v1.QueryModelsByTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                task: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelsByTaskRequest.$Shape): aivm.registry.v1.QueryModelsByTaskRequest & aivm.registry.v1.QueryModelsByTaskRequest.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelsByTaskRequest.$Properties): aivm.registry.v1.QueryModelsByTaskRequest;
                static encode(m: aivm.registry.v1.QueryModelsByTaskRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelsByTaskRequest & aivm.registry.v1.QueryModelsByTaskRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelsByTaskRequest;
                static toObject(m: aivm.registry.v1.QueryModelsByTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelsByTaskRequest {
                interface $Properties {
                    task?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelsByTaskRequest.$Properties;
            }

            interface IQueryModelsByPrefixRequest extends aivm.registry.v1.QueryModelsByPrefixRequest.$Properties {
            }

            class QueryModelsByPrefixRequest {
                constructor(p?: aivm.registry.v1.QueryModelsByPrefixRequest.$Properties);
                $unknowns?: Uint8Array[];
                prefix: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelsByPrefixRequest.$Shape): aivm.registry.v1.QueryModelsByPrefixRequest & aivm.registry.v1.QueryModelsByPrefixRequest.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelsByPrefixRequest.$Properties): aivm.registry.v1.QueryModelsByPrefixRequest;
                static encode(m: aivm.registry.v1.QueryModelsByPrefixRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelsByPrefixRequest & aivm.registry.v1.QueryModelsByPrefixRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelsByPrefixRequest;
                static toObject(m: aivm.registry.v1.QueryModelsByPrefixRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelsByPrefixRequest {
                interface $Properties {
                    prefix?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelsByPrefixRequest.$Properties;
            }

            interface IQueryModelsResponse extends aivm.registry.v1.QueryModelsResponse.$Properties {
            }

            class QueryModelsResponse {
                constructor(p?: aivm.registry.v1.QueryModelsResponse.$Properties);
                $unknowns?: Uint8Array[];
                models: aivm.registry.v1.Model.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.registry.v1.QueryModelsResponse.$Shape): aivm.registry.v1.QueryModelsResponse & aivm.registry.v1.QueryModelsResponse.$Shape;
                static create(properties?: aivm.registry.v1.QueryModelsResponse.$Properties): aivm.registry.v1.QueryModelsResponse;
                static encode(m: aivm.registry.v1.QueryModelsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.QueryModelsResponse & aivm.registry.v1.QueryModelsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.QueryModelsResponse;
                static toObject(m: aivm.registry.v1.QueryModelsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryModelsResponse {
                interface $Properties {
                    models?: (aivm.registry.v1.Model.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.QueryModelsResponse.$Properties;
            }

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;
                createModel: aivm.registry.v1.Msg.CreateModel;
                updateModel: aivm.registry.v1.Msg.UpdateModel;
                transferOwnership: aivm.registry.v1.Msg.TransferOwnership;
                addMaintainer: aivm.registry.v1.Msg.AddMaintainer;
                removeMaintainer: aivm.registry.v1.Msg.RemoveMaintainer;
                setVisibility: aivm.registry.v1.Msg.SetVisibility;
            }

            namespace Msg {
                type CreateModelCallback = (error: (Error|null), response?: aivm.registry.v1.MsgCreateModelResponse) => void;
                type CreateModel = {
                  (request: aivm.registry.v1.IMsgCreateModel, callback: aivm.registry.v1.Msg.CreateModelCallback): void;
                  (request: aivm.registry.v1.IMsgCreateModel): Promise<aivm.registry.v1.MsgCreateModelResponse>;
                  readonly name: "CreateModel";
                  readonly path: "/aivm.registry.v1.Msg/CreateModel";
                  readonly requestType: "MsgCreateModel";
                  readonly responseType: "MsgCreateModelResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type UpdateModelCallback = (error: (Error|null), response?: aivm.registry.v1.MsgUpdateModelResponse) => void;
                type UpdateModel = {
                  (request: aivm.registry.v1.IMsgUpdateModel, callback: aivm.registry.v1.Msg.UpdateModelCallback): void;
                  (request: aivm.registry.v1.IMsgUpdateModel): Promise<aivm.registry.v1.MsgUpdateModelResponse>;
                  readonly name: "UpdateModel";
                  readonly path: "/aivm.registry.v1.Msg/UpdateModel";
                  readonly requestType: "MsgUpdateModel";
                  readonly responseType: "MsgUpdateModelResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type TransferOwnershipCallback = (error: (Error|null), response?: aivm.registry.v1.MsgTransferOwnershipResponse) => void;
                type TransferOwnership = {
                  (request: aivm.registry.v1.IMsgTransferOwnership, callback: aivm.registry.v1.Msg.TransferOwnershipCallback): void;
                  (request: aivm.registry.v1.IMsgTransferOwnership): Promise<aivm.registry.v1.MsgTransferOwnershipResponse>;
                  readonly name: "TransferOwnership";
                  readonly path: "/aivm.registry.v1.Msg/TransferOwnership";
                  readonly requestType: "MsgTransferOwnership";
                  readonly responseType: "MsgTransferOwnershipResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type AddMaintainerCallback = (error: (Error|null), response?: aivm.registry.v1.MsgAddMaintainerResponse) => void;
                type AddMaintainer = {
                  (request: aivm.registry.v1.IMsgAddMaintainer, callback: aivm.registry.v1.Msg.AddMaintainerCallback): void;
                  (request: aivm.registry.v1.IMsgAddMaintainer): Promise<aivm.registry.v1.MsgAddMaintainerResponse>;
                  readonly name: "AddMaintainer";
                  readonly path: "/aivm.registry.v1.Msg/AddMaintainer";
                  readonly requestType: "MsgAddMaintainer";
                  readonly responseType: "MsgAddMaintainerResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RemoveMaintainerCallback = (error: (Error|null), response?: aivm.registry.v1.MsgRemoveMaintainerResponse) => void;
                type RemoveMaintainer = {
                  (request: aivm.registry.v1.IMsgRemoveMaintainer, callback: aivm.registry.v1.Msg.RemoveMaintainerCallback): void;
                  (request: aivm.registry.v1.IMsgRemoveMaintainer): Promise<aivm.registry.v1.MsgRemoveMaintainerResponse>;
                  readonly name: "RemoveMaintainer";
                  readonly path: "/aivm.registry.v1.Msg/RemoveMaintainer";
                  readonly requestType: "MsgRemoveMaintainer";
                  readonly responseType: "MsgRemoveMaintainerResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type SetVisibilityCallback = (error: (Error|null), response?: aivm.registry.v1.MsgSetVisibilityResponse) => void;
                type SetVisibility = {
                  (request: aivm.registry.v1.IMsgSetVisibility, callback: aivm.registry.v1.Msg.SetVisibilityCallback): void;
                  (request: aivm.registry.v1.IMsgSetVisibility): Promise<aivm.registry.v1.MsgSetVisibilityResponse>;
                  readonly name: "SetVisibility";
                  readonly path: "/aivm.registry.v1.Msg/SetVisibility";
                  readonly requestType: "MsgSetVisibility";
                  readonly responseType: "MsgSetVisibilityResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IMsgCreateModel extends aivm.registry.v1.MsgCreateModel.$Properties {
            }

            class MsgCreateModel {
                constructor(p?: aivm.registry.v1.MsgCreateModel.$Properties);
                $unknowns?: Uint8Array[];
                creator: string;
                name: string;
                description: string;
                task: string;
                tags: string[];
                license: string;
                modelCardUri: string;
                visibility: aivm.registry.v1.Visibility;
                keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                static create(properties: aivm.registry.v1.MsgCreateModel.$Shape): aivm.registry.v1.MsgCreateModel & aivm.registry.v1.MsgCreateModel.$Shape;
                static create(properties?: aivm.registry.v1.MsgCreateModel.$Properties): aivm.registry.v1.MsgCreateModel;
                static encode(m: aivm.registry.v1.MsgCreateModel.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgCreateModel & aivm.registry.v1.MsgCreateModel.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgCreateModel;
                static toObject(m: aivm.registry.v1.MsgCreateModel, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateModel {
                interface $Properties {
                    creator?: (string|null);
                    name?: (string|null);
                    description?: (string|null);
                    task?: (string|null);
                    tags?: (string[]|null);
                    license?: (string|null);
                    modelCardUri?: (string|null);
                    visibility?: (aivm.registry.v1.Visibility|null);
                    keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgCreateModel.$Properties;
            }

            interface IMsgCreateModelResponse extends aivm.registry.v1.MsgCreateModelResponse.$Properties {
            }

            class MsgCreateModelResponse {
                constructor(p?: aivm.registry.v1.MsgCreateModelResponse.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                static create(properties: aivm.registry.v1.MsgCreateModelResponse.$Shape): aivm.registry.v1.MsgCreateModelResponse & aivm.registry.v1.MsgCreateModelResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgCreateModelResponse.$Properties): aivm.registry.v1.MsgCreateModelResponse;
                static encode(m: aivm.registry.v1.MsgCreateModelResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgCreateModelResponse & aivm.registry.v1.MsgCreateModelResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgCreateModelResponse;
                static toObject(m: aivm.registry.v1.MsgCreateModelResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateModelResponse {
                interface $Properties {
                    name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgCreateModelResponse.$Properties;
            }

            interface IMsgUpdateModel extends aivm.registry.v1.MsgUpdateModel.$Properties {
            }

            class MsgUpdateModel {
                constructor(p?: aivm.registry.v1.MsgUpdateModel.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                name: string;
                description: string;
                task: string;
                tags: string[];
                license: string;
                modelCardUri: string;
                updateMask: string[];
                static create(properties: aivm.registry.v1.MsgUpdateModel.$Shape): aivm.registry.v1.MsgUpdateModel & aivm.registry.v1.MsgUpdateModel.$Shape;
                static create(properties?: aivm.registry.v1.MsgUpdateModel.$Properties): aivm.registry.v1.MsgUpdateModel;
                static encode(m: aivm.registry.v1.MsgUpdateModel.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgUpdateModel & aivm.registry.v1.MsgUpdateModel.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgUpdateModel;
                static toObject(m: aivm.registry.v1.MsgUpdateModel, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateModel {
                interface $Properties {
                    sender?: (string|null);
                    name?: (string|null);
                    description?: (string|null);
                    task?: (string|null);
                    tags?: (string[]|null);
                    license?: (string|null);
                    modelCardUri?: (string|null);
                    updateMask?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgUpdateModel.$Properties;
            }

            interface IMsgUpdateModelResponse extends aivm.registry.v1.MsgUpdateModelResponse.$Properties {
            }

            class MsgUpdateModelResponse {
                constructor(p?: aivm.registry.v1.MsgUpdateModelResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.registry.v1.MsgUpdateModelResponse.$Shape): aivm.registry.v1.MsgUpdateModelResponse & aivm.registry.v1.MsgUpdateModelResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgUpdateModelResponse.$Properties): aivm.registry.v1.MsgUpdateModelResponse;
                static encode(m: aivm.registry.v1.MsgUpdateModelResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgUpdateModelResponse & aivm.registry.v1.MsgUpdateModelResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgUpdateModelResponse;
                static toObject(m: aivm.registry.v1.MsgUpdateModelResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateModelResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgUpdateModelResponse.$Properties;
            }

            interface IMsgTransferOwnership extends aivm.registry.v1.MsgTransferOwnership.$Properties {
            }

            class MsgTransferOwnership {
                constructor(p?: aivm.registry.v1.MsgTransferOwnership.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                name: string;
                newOwner: string;
                static create(properties: aivm.registry.v1.MsgTransferOwnership.$Shape): aivm.registry.v1.MsgTransferOwnership & aivm.registry.v1.MsgTransferOwnership.$Shape;
                static create(properties?: aivm.registry.v1.MsgTransferOwnership.$Properties): aivm.registry.v1.MsgTransferOwnership;
                static encode(m: aivm.registry.v1.MsgTransferOwnership.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgTransferOwnership & aivm.registry.v1.MsgTransferOwnership.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgTransferOwnership;
                static toObject(m: aivm.registry.v1.MsgTransferOwnership, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTransferOwnership {
                interface $Properties {
                    owner?: (string|null);
                    name?: (string|null);
                    newOwner?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgTransferOwnership.$Properties;
            }

            interface IMsgTransferOwnershipResponse extends aivm.registry.v1.MsgTransferOwnershipResponse.$Properties {
            }

            class MsgTransferOwnershipResponse {
                constructor(p?: aivm.registry.v1.MsgTransferOwnershipResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.registry.v1.MsgTransferOwnershipResponse.$Shape): aivm.registry.v1.MsgTransferOwnershipResponse & aivm.registry.v1.MsgTransferOwnershipResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgTransferOwnershipResponse.$Properties): aivm.registry.v1.MsgTransferOwnershipResponse;
                static encode(m: aivm.registry.v1.MsgTransferOwnershipResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgTransferOwnershipResponse & aivm.registry.v1.MsgTransferOwnershipResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgTransferOwnershipResponse;
                static toObject(m: aivm.registry.v1.MsgTransferOwnershipResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTransferOwnershipResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgTransferOwnershipResponse.$Properties;
            }

            interface IMsgAddMaintainer extends aivm.registry.v1.MsgAddMaintainer.$Properties {
            }

            class MsgAddMaintainer {
                constructor(p?: aivm.registry.v1.MsgAddMaintainer.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                name: string;
                maintainer: string;
                static create(properties: aivm.registry.v1.MsgAddMaintainer.$Shape): aivm.registry.v1.MsgAddMaintainer & aivm.registry.v1.MsgAddMaintainer.$Shape;
                static create(properties?: aivm.registry.v1.MsgAddMaintainer.$Properties): aivm.registry.v1.MsgAddMaintainer;
                static encode(m: aivm.registry.v1.MsgAddMaintainer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgAddMaintainer & aivm.registry.v1.MsgAddMaintainer.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgAddMaintainer;
                static toObject(m: aivm.registry.v1.MsgAddMaintainer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddMaintainer {
                interface $Properties {
                    owner?: (string|null);
                    name?: (string|null);
                    maintainer?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgAddMaintainer.$Properties;
            }

            interface IMsgAddMaintainerResponse extends aivm.registry.v1.MsgAddMaintainerResponse.$Properties {
            }

            class MsgAddMaintainerResponse {
                constructor(p?: aivm.registry.v1.MsgAddMaintainerResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.registry.v1.MsgAddMaintainerResponse.$Shape): aivm.registry.v1.MsgAddMaintainerResponse & aivm.registry.v1.MsgAddMaintainerResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgAddMaintainerResponse.$Properties): aivm.registry.v1.MsgAddMaintainerResponse;
                static encode(m: aivm.registry.v1.MsgAddMaintainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgAddMaintainerResponse & aivm.registry.v1.MsgAddMaintainerResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgAddMaintainerResponse;
                static toObject(m: aivm.registry.v1.MsgAddMaintainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAddMaintainerResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgAddMaintainerResponse.$Properties;
            }

            interface IMsgRemoveMaintainer extends aivm.registry.v1.MsgRemoveMaintainer.$Properties {
            }

            class MsgRemoveMaintainer {
                constructor(p?: aivm.registry.v1.MsgRemoveMaintainer.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                name: string;
                maintainer: string;
                static create(properties: aivm.registry.v1.MsgRemoveMaintainer.$Shape): aivm.registry.v1.MsgRemoveMaintainer & aivm.registry.v1.MsgRemoveMaintainer.$Shape;
                static create(properties?: aivm.registry.v1.MsgRemoveMaintainer.$Properties): aivm.registry.v1.MsgRemoveMaintainer;
                static encode(m: aivm.registry.v1.MsgRemoveMaintainer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgRemoveMaintainer & aivm.registry.v1.MsgRemoveMaintainer.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgRemoveMaintainer;
                static toObject(m: aivm.registry.v1.MsgRemoveMaintainer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveMaintainer {
                interface $Properties {
                    sender?: (string|null);
                    name?: (string|null);
                    maintainer?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgRemoveMaintainer.$Properties;
            }

            interface IMsgRemoveMaintainerResponse extends aivm.registry.v1.MsgRemoveMaintainerResponse.$Properties {
            }

            class MsgRemoveMaintainerResponse {
                constructor(p?: aivm.registry.v1.MsgRemoveMaintainerResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.registry.v1.MsgRemoveMaintainerResponse.$Shape): aivm.registry.v1.MsgRemoveMaintainerResponse & aivm.registry.v1.MsgRemoveMaintainerResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgRemoveMaintainerResponse.$Properties): aivm.registry.v1.MsgRemoveMaintainerResponse;
                static encode(m: aivm.registry.v1.MsgRemoveMaintainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgRemoveMaintainerResponse & aivm.registry.v1.MsgRemoveMaintainerResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgRemoveMaintainerResponse;
                static toObject(m: aivm.registry.v1.MsgRemoveMaintainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveMaintainerResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgRemoveMaintainerResponse.$Properties;
            }

            interface IMsgSetVisibility extends aivm.registry.v1.MsgSetVisibility.$Properties {
            }

            class MsgSetVisibility {
                constructor(p?: aivm.registry.v1.MsgSetVisibility.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                name: string;
                visibility: aivm.registry.v1.Visibility;
                keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                static create(properties: aivm.registry.v1.MsgSetVisibility.$Shape): aivm.registry.v1.MsgSetVisibility & aivm.registry.v1.MsgSetVisibility.$Shape;
                static create(properties?: aivm.registry.v1.MsgSetVisibility.$Properties): aivm.registry.v1.MsgSetVisibility;
                static encode(m: aivm.registry.v1.MsgSetVisibility.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgSetVisibility & aivm.registry.v1.MsgSetVisibility.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgSetVisibility;
                static toObject(m: aivm.registry.v1.MsgSetVisibility, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetVisibility {
                interface $Properties {
                    owner?: (string|null);
                    name?: (string|null);
                    visibility?: (aivm.registry.v1.Visibility|null);
                    keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgSetVisibility.$Properties;
            }

            interface IMsgSetVisibilityResponse extends aivm.registry.v1.MsgSetVisibilityResponse.$Properties {
            }

            class MsgSetVisibilityResponse {
                constructor(p?: aivm.registry.v1.MsgSetVisibilityResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.registry.v1.MsgSetVisibilityResponse.$Shape): aivm.registry.v1.MsgSetVisibilityResponse & aivm.registry.v1.MsgSetVisibilityResponse.$Shape;
                static create(properties?: aivm.registry.v1.MsgSetVisibilityResponse.$Properties): aivm.registry.v1.MsgSetVisibilityResponse;
                static encode(m: aivm.registry.v1.MsgSetVisibilityResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.registry.v1.MsgSetVisibilityResponse & aivm.registry.v1.MsgSetVisibilityResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.registry.v1.MsgSetVisibilityResponse;
                static toObject(m: aivm.registry.v1.MsgSetVisibilityResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetVisibilityResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.registry.v1.MsgSetVisibilityResponse.$Properties;
            }
        }
    }

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

    namespace verification {

        namespace v1 {

            interface IGenesisState extends aivm.verification.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(p?: aivm.verification.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                params?: (aivm.verification.v1.Params.$Properties|null);
                attestations: aivm.verification.v1.Attestation.$Properties[];
                static create(properties: aivm.verification.v1.GenesisState.$Shape): aivm.verification.v1.GenesisState & aivm.verification.v1.GenesisState.$Shape;
                static create(properties?: aivm.verification.v1.GenesisState.$Properties): aivm.verification.v1.GenesisState;
                static encode(m: aivm.verification.v1.GenesisState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.GenesisState & aivm.verification.v1.GenesisState.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.GenesisState;
                static toObject(m: aivm.verification.v1.GenesisState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    params?: (aivm.verification.v1.Params.$Properties|null);
                    attestations?: (aivm.verification.v1.Attestation.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.GenesisState.$Properties;
            }

            interface IParams extends aivm.verification.v1.Params.$Properties {
            }

            class Params {
                constructor(p?: aivm.verification.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                schemaVersions: string[];
                allowedRuntimes: string[];
                allowedOs: string[];
                allowedArchitectures: string[];
                allowedHardware: string[];
                allowedEntrypointLanguages: string[];
                allowedFormats: string[];
                forbiddenFormats: string[];
                allowPickle: boolean;
                maxKernelBytes: string;
                maxFileBytes: string;
                maxFiles: number;
                quorum: string;
                deadlineBlocks: number;
                static create(properties: aivm.verification.v1.Params.$Shape): aivm.verification.v1.Params & aivm.verification.v1.Params.$Shape;
                static create(properties?: aivm.verification.v1.Params.$Properties): aivm.verification.v1.Params;
                static encode(m: aivm.verification.v1.Params.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.Params & aivm.verification.v1.Params.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.Params;
                static toObject(m: aivm.verification.v1.Params, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    schemaVersions?: (string[]|null);
                    allowedRuntimes?: (string[]|null);
                    allowedOs?: (string[]|null);
                    allowedArchitectures?: (string[]|null);
                    allowedHardware?: (string[]|null);
                    allowedEntrypointLanguages?: (string[]|null);
                    allowedFormats?: (string[]|null);
                    forbiddenFormats?: (string[]|null);
                    allowPickle?: (boolean|null);
                    maxKernelBytes?: (string|null);
                    maxFileBytes?: (string|null);
                    maxFiles?: (number|null);
                    quorum?: (string|null);
                    deadlineBlocks?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.Params.$Properties;
            }

            interface IAttestation extends aivm.verification.v1.Attestation.$Properties {
            }

            class Attestation {
                constructor(p?: aivm.verification.v1.Attestation.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                attester: string;
                pass: boolean;
                reportDigest: string;
                height: number;
                static create(properties: aivm.verification.v1.Attestation.$Shape): aivm.verification.v1.Attestation & aivm.verification.v1.Attestation.$Shape;
                static create(properties?: aivm.verification.v1.Attestation.$Properties): aivm.verification.v1.Attestation;
                static encode(m: aivm.verification.v1.Attestation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.Attestation & aivm.verification.v1.Attestation.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.Attestation;
                static toObject(m: aivm.verification.v1.Attestation, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attestation {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    attester?: (string|null);
                    pass?: (boolean|null);
                    reportDigest?: (string|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.Attestation.$Properties;
            }

            interface ITally extends aivm.verification.v1.Tally.$Properties {
            }

            class Tally {
                constructor(p?: aivm.verification.v1.Tally.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                status: aivm.versioning.v1.VersionStatus;
                passPower: number;
                failPower: number;
                totalPower: number;
                quorum: string;
                passThreshold: number;
                failThreshold: number;
                passCount: number;
                failCount: number;
                deadlineHeight: number;
                static create(properties: aivm.verification.v1.Tally.$Shape): aivm.verification.v1.Tally & aivm.verification.v1.Tally.$Shape;
                static create(properties?: aivm.verification.v1.Tally.$Properties): aivm.verification.v1.Tally;
                static encode(m: aivm.verification.v1.Tally.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.Tally & aivm.verification.v1.Tally.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.Tally;
                static toObject(m: aivm.verification.v1.Tally, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Tally {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    status?: (aivm.versioning.v1.VersionStatus|null);
                    passPower?: (number|null);
                    failPower?: (number|null);
                    totalPower?: (number|null);
                    quorum?: (string|null);
                    passThreshold?: (number|null);
                    failThreshold?: (number|null);
                    passCount?: (number|null);
                    failCount?: (number|null);
                    deadlineHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.Tally.$Properties;
            }

            interface IPendingVersion extends aivm.verification.v1.PendingVersion.$Properties {
            }

            class PendingVersion {
                constructor(p?: aivm.verification.v1.PendingVersion.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                deadlineHeight: number;
                static create(properties: aivm.verification.v1.PendingVersion.$Shape): aivm.verification.v1.PendingVersion & aivm.verification.v1.PendingVersion.$Shape;
                static create(properties?: aivm.verification.v1.PendingVersion.$Properties): aivm.verification.v1.PendingVersion;
                static encode(m: aivm.verification.v1.PendingVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.PendingVersion & aivm.verification.v1.PendingVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.PendingVersion;
                static toObject(m: aivm.verification.v1.PendingVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PendingVersion {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    deadlineHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.PendingVersion.$Properties;
            }

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;
                params: aivm.verification.v1.Query.Params;
                attestations: aivm.verification.v1.Query.Attestations;
                tally: aivm.verification.v1.Query.Tally;
                pendingVersions: aivm.verification.v1.Query.PendingVersions;
            }

            namespace Query {
                type ParamsCallback = (error: (Error|null), response?: aivm.verification.v1.QueryParamsResponse) => void;
                type Params = {
                  (request: aivm.verification.v1.IQueryParamsRequest, callback: aivm.verification.v1.Query.ParamsCallback): void;
                  (request: aivm.verification.v1.IQueryParamsRequest): Promise<aivm.verification.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/aivm.verification.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type AttestationsCallback = (error: (Error|null), response?: aivm.verification.v1.QueryAttestationsResponse) => void;
                type Attestations = {
                  (request: aivm.verification.v1.IQueryAttestationsRequest, callback: aivm.verification.v1.Query.AttestationsCallback): void;
                  (request: aivm.verification.v1.IQueryAttestationsRequest): Promise<aivm.verification.v1.QueryAttestationsResponse>;
                  readonly name: "Attestations";
                  readonly path: "/aivm.verification.v1.Query/Attestations";
                  readonly requestType: "QueryAttestationsRequest";
                  readonly responseType: "QueryAttestationsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type TallyCallback = (error: (Error|null), response?: aivm.verification.v1.QueryTallyResponse) => void;
                type Tally = {
                  (request: aivm.verification.v1.IQueryTallyRequest, callback: aivm.verification.v1.Query.TallyCallback): void;
                  (request: aivm.verification.v1.IQueryTallyRequest): Promise<aivm.verification.v1.QueryTallyResponse>;
                  readonly name: "Tally";
                  readonly path: "/aivm.verification.v1.Query/Tally";
                  readonly requestType: "QueryTallyRequest";
                  readonly responseType: "QueryTallyResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type PendingVersionsCallback = (error: (Error|null), response?: aivm.verification.v1.QueryPendingVersionsResponse) => void;
                type PendingVersions = {
                  (request: aivm.verification.v1.IQueryPendingVersionsRequest, callback: aivm.verification.v1.Query.PendingVersionsCallback): void;
                  (request: aivm.verification.v1.IQueryPendingVersionsRequest): Promise<aivm.verification.v1.QueryPendingVersionsResponse>;
                  readonly name: "PendingVersions";
                  readonly path: "/aivm.verification.v1.Query/PendingVersions";
                  readonly requestType: "QueryPendingVersionsRequest";
                  readonly responseType: "QueryPendingVersionsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IQueryParamsRequest extends aivm.verification.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(p?: aivm.verification.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.verification.v1.QueryParamsRequest.$Shape): aivm.verification.v1.QueryParamsRequest & aivm.verification.v1.QueryParamsRequest.$Shape;
                static create(properties?: aivm.verification.v1.QueryParamsRequest.$Properties): aivm.verification.v1.QueryParamsRequest;
                static encode(m: aivm.verification.v1.QueryParamsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryParamsRequest & aivm.verification.v1.QueryParamsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryParamsRequest;
                static toObject(m: aivm.verification.v1.QueryParamsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends aivm.verification.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(p?: aivm.verification.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (aivm.verification.v1.Params.$Properties|null);
                static create(properties: aivm.verification.v1.QueryParamsResponse.$Shape): aivm.verification.v1.QueryParamsResponse & aivm.verification.v1.QueryParamsResponse.$Shape;
                static create(properties?: aivm.verification.v1.QueryParamsResponse.$Properties): aivm.verification.v1.QueryParamsResponse;
                static encode(m: aivm.verification.v1.QueryParamsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryParamsResponse & aivm.verification.v1.QueryParamsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryParamsResponse;
                static toObject(m: aivm.verification.v1.QueryParamsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (aivm.verification.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryParamsResponse.$Properties;
            }

            interface IQueryAttestationsRequest extends aivm.verification.v1.QueryAttestationsRequest.$Properties {
            }

            class QueryAttestationsRequest {
                constructor(p?: aivm.verification.v1.QueryAttestationsRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.verification.v1.QueryAttestationsRequest.$Shape): aivm.verification.v1.QueryAttestationsRequest & aivm.verification.v1.QueryAttestationsRequest.$Shape;
                static create(properties?: aivm.verification.v1.QueryAttestationsRequest.$Properties): aivm.verification.v1.QueryAttestationsRequest;
                static encode(m: aivm.verification.v1.QueryAttestationsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryAttestationsRequest & aivm.verification.v1.QueryAttestationsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryAttestationsRequest;
                static toObject(m: aivm.verification.v1.QueryAttestationsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationsRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryAttestationsRequest.$Properties;
            }

            interface IQueryAttestationsResponse extends aivm.verification.v1.QueryAttestationsResponse.$Properties {
            }

            class QueryAttestationsResponse {
                constructor(p?: aivm.verification.v1.QueryAttestationsResponse.$Properties);
                $unknowns?: Uint8Array[];
                attestations: aivm.verification.v1.Attestation.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.verification.v1.QueryAttestationsResponse.$Shape): aivm.verification.v1.QueryAttestationsResponse & aivm.verification.v1.QueryAttestationsResponse.$Shape;
                static create(properties?: aivm.verification.v1.QueryAttestationsResponse.$Properties): aivm.verification.v1.QueryAttestationsResponse;
                static encode(m: aivm.verification.v1.QueryAttestationsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryAttestationsResponse & aivm.verification.v1.QueryAttestationsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryAttestationsResponse;
                static toObject(m: aivm.verification.v1.QueryAttestationsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationsResponse {
                interface $Properties {
                    attestations?: (aivm.verification.v1.Attestation.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryAttestationsResponse.$Properties;
            }

            interface IQueryTallyRequest extends aivm.verification.v1.QueryTallyRequest.$Properties {
            }

            class QueryTallyRequest {
                constructor(p?: aivm.verification.v1.QueryTallyRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                static create(properties: aivm.verification.v1.QueryTallyRequest.$Shape): aivm.verification.v1.QueryTallyRequest & aivm.verification.v1.QueryTallyRequest.$Shape;
                static create(properties?: aivm.verification.v1.QueryTallyRequest.$Properties): aivm.verification.v1.QueryTallyRequest;
                static encode(m: aivm.verification.v1.QueryTallyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryTallyRequest & aivm.verification.v1.QueryTallyRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryTallyRequest;
                static toObject(m: aivm.verification.v1.QueryTallyRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTallyRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryTallyRequest.$Properties;
            }

            interface IQueryTallyResponse extends aivm.verification.v1.QueryTallyResponse.$Properties {
            }

            class QueryTallyResponse {
                constructor(p?: aivm.verification.v1.QueryTallyResponse.$Properties);
                $unknowns?: Uint8Array[];
                tally?: (aivm.verification.v1.Tally.$Properties|null);
                static create(properties: aivm.verification.v1.QueryTallyResponse.$Shape): aivm.verification.v1.QueryTallyResponse & aivm.verification.v1.QueryTallyResponse.$Shape;
                static create(properties?: aivm.verification.v1.QueryTallyResponse.$Properties): aivm.verification.v1.QueryTallyResponse;
                static encode(m: aivm.verification.v1.QueryTallyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryTallyResponse & aivm.verification.v1.QueryTallyResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryTallyResponse;
                static toObject(m: aivm.verification.v1.QueryTallyResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTallyResponse {
                interface $Properties {
                    tally?: (aivm.verification.v1.Tally.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryTallyResponse.$Properties;
            }

            interface IQueryPendingVersionsRequest extends aivm.verification.v1.QueryPendingVersionsRequest.$Properties {
            }

            class QueryPendingVersionsRequest {
                constructor(p?: aivm.verification.v1.QueryPendingVersionsRequest.$Properties);
                $unknowns?: Uint8Array[];
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.verification.v1.QueryPendingVersionsRequest.$Shape): aivm.verification.v1.QueryPendingVersionsRequest & aivm.verification.v1.QueryPendingVersionsRequest.$Shape;
                static create(properties?: aivm.verification.v1.QueryPendingVersionsRequest.$Properties): aivm.verification.v1.QueryPendingVersionsRequest;
                static encode(m: aivm.verification.v1.QueryPendingVersionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryPendingVersionsRequest & aivm.verification.v1.QueryPendingVersionsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryPendingVersionsRequest;
                static toObject(m: aivm.verification.v1.QueryPendingVersionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPendingVersionsRequest {
                interface $Properties {
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryPendingVersionsRequest.$Properties;
            }

            interface IQueryPendingVersionsResponse extends aivm.verification.v1.QueryPendingVersionsResponse.$Properties {
            }

            class QueryPendingVersionsResponse {
                constructor(p?: aivm.verification.v1.QueryPendingVersionsResponse.$Properties);
                $unknowns?: Uint8Array[];
                versions: aivm.verification.v1.PendingVersion.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.verification.v1.QueryPendingVersionsResponse.$Shape): aivm.verification.v1.QueryPendingVersionsResponse & aivm.verification.v1.QueryPendingVersionsResponse.$Shape;
                static create(properties?: aivm.verification.v1.QueryPendingVersionsResponse.$Properties): aivm.verification.v1.QueryPendingVersionsResponse;
                static encode(m: aivm.verification.v1.QueryPendingVersionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.QueryPendingVersionsResponse & aivm.verification.v1.QueryPendingVersionsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.QueryPendingVersionsResponse;
                static toObject(m: aivm.verification.v1.QueryPendingVersionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPendingVersionsResponse {
                interface $Properties {
                    versions?: (aivm.verification.v1.PendingVersion.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.QueryPendingVersionsResponse.$Properties;
            }

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;
                attestVersion: aivm.verification.v1.Msg.AttestVersion;
            }

            namespace Msg {
                type AttestVersionCallback = (error: (Error|null), response?: aivm.verification.v1.MsgAttestVersionResponse) => void;
                type AttestVersion = {
                  (request: aivm.verification.v1.IMsgAttestVersion, callback: aivm.verification.v1.Msg.AttestVersionCallback): void;
                  (request: aivm.verification.v1.IMsgAttestVersion): Promise<aivm.verification.v1.MsgAttestVersionResponse>;
                  readonly name: "AttestVersion";
                  readonly path: "/aivm.verification.v1.Msg/AttestVersion";
                  readonly requestType: "MsgAttestVersion";
                  readonly responseType: "MsgAttestVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IMsgAttestVersion extends aivm.verification.v1.MsgAttestVersion.$Properties {
            }

            class MsgAttestVersion {
                constructor(p?: aivm.verification.v1.MsgAttestVersion.$Properties);
                $unknowns?: Uint8Array[];
                attester: string;
                model: string;
                version: string;
                pass: boolean;
                reportDigest: string;
                static create(properties: aivm.verification.v1.MsgAttestVersion.$Shape): aivm.verification.v1.MsgAttestVersion & aivm.verification.v1.MsgAttestVersion.$Shape;
                static create(properties?: aivm.verification.v1.MsgAttestVersion.$Properties): aivm.verification.v1.MsgAttestVersion;
                static encode(m: aivm.verification.v1.MsgAttestVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.MsgAttestVersion & aivm.verification.v1.MsgAttestVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.MsgAttestVersion;
                static toObject(m: aivm.verification.v1.MsgAttestVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestVersion {
                interface $Properties {
                    attester?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    pass?: (boolean|null);
                    reportDigest?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.MsgAttestVersion.$Properties;
            }

            interface IMsgAttestVersionResponse extends aivm.verification.v1.MsgAttestVersionResponse.$Properties {
            }

            class MsgAttestVersionResponse {
                constructor(p?: aivm.verification.v1.MsgAttestVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                status: aivm.versioning.v1.VersionStatus;
                static create(properties: aivm.verification.v1.MsgAttestVersionResponse.$Shape): aivm.verification.v1.MsgAttestVersionResponse & aivm.verification.v1.MsgAttestVersionResponse.$Shape;
                static create(properties?: aivm.verification.v1.MsgAttestVersionResponse.$Properties): aivm.verification.v1.MsgAttestVersionResponse;
                static encode(m: aivm.verification.v1.MsgAttestVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.verification.v1.MsgAttestVersionResponse & aivm.verification.v1.MsgAttestVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.verification.v1.MsgAttestVersionResponse;
                static toObject(m: aivm.verification.v1.MsgAttestVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestVersionResponse {
                interface $Properties {
                    status?: (aivm.versioning.v1.VersionStatus|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.verification.v1.MsgAttestVersionResponse.$Properties;
            }
        }
    }

    namespace versioning {

        namespace v1 {

            enum VersionStatus {
                VERSION_STATUS_UNSPECIFIED = 0,
                VERSION_STATUS_PENDING = 1,
                VERSION_STATUS_VERIFIED = 2,
                VERSION_STATUS_REJECTED = 3,
                VERSION_STATUS_EXPIRED = 4
            }

            interface IVersionRef extends aivm.versioning.v1.VersionRef.$Properties {
            }

            class VersionRef {
                constructor(p?: aivm.versioning.v1.VersionRef.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                static create(properties: aivm.versioning.v1.VersionRef.$Shape): aivm.versioning.v1.VersionRef & aivm.versioning.v1.VersionRef.$Shape;
                static create(properties?: aivm.versioning.v1.VersionRef.$Properties): aivm.versioning.v1.VersionRef;
                static encode(m: aivm.versioning.v1.VersionRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.VersionRef & aivm.versioning.v1.VersionRef.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.VersionRef;
                static toObject(m: aivm.versioning.v1.VersionRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace VersionRef {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.VersionRef.$Properties;
            }

            interface IVersion extends aivm.versioning.v1.Version.$Properties {
            }

            class Version {
                constructor(p?: aivm.versioning.v1.Version.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                rootCid: string;
                size: number;
                manifestDigest: string;
                publicManifest: string;
                parents: aivm.versioning.v1.VersionRef.$Properties[];
                changelog: string;
                encrypted: boolean;
                keyFingerprint: string;
                publisher: string;
                status: aivm.versioning.v1.VersionStatus;
                publishedHeight: number;
                publishedTime: number;
                deadlineHeight: number;
                statusHeight: number;
                yanked: boolean;
                yankReason: string;
                deprecated: boolean;
                deprecationReason: string;
                static create(properties: aivm.versioning.v1.Version.$Shape): aivm.versioning.v1.Version & aivm.versioning.v1.Version.$Shape;
                static create(properties?: aivm.versioning.v1.Version.$Properties): aivm.versioning.v1.Version;
                static encode(m: aivm.versioning.v1.Version.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.Version & aivm.versioning.v1.Version.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.Version;
                static toObject(m: aivm.versioning.v1.Version, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Version {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    rootCid?: (string|null);
                    size?: (number|null);
                    manifestDigest?: (string|null);
                    publicManifest?: (string|null);
                    parents?: (aivm.versioning.v1.VersionRef.$Properties[]|null);
                    changelog?: (string|null);
                    encrypted?: (boolean|null);
                    keyFingerprint?: (string|null);
                    publisher?: (string|null);
                    status?: (aivm.versioning.v1.VersionStatus|null);
                    publishedHeight?: (number|null);
                    publishedTime?: (number|null);
                    deadlineHeight?: (number|null);
                    statusHeight?: (number|null);
                    yanked?: (boolean|null);
                    yankReason?: (string|null);
                    deprecated?: (boolean|null);
                    deprecationReason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.Version.$Properties;
            }

            interface IAlias extends aivm.versioning.v1.Alias.$Properties {
            }

            class Alias {
                constructor(p?: aivm.versioning.v1.Alias.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                alias: string;
                version: string;
                setHeight: number;
                static create(properties: aivm.versioning.v1.Alias.$Shape): aivm.versioning.v1.Alias & aivm.versioning.v1.Alias.$Shape;
                static create(properties?: aivm.versioning.v1.Alias.$Properties): aivm.versioning.v1.Alias;
                static encode(m: aivm.versioning.v1.Alias.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.Alias & aivm.versioning.v1.Alias.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.Alias;
                static toObject(m: aivm.versioning.v1.Alias, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Alias {
                interface $Properties {
                    model?: (string|null);
                    alias?: (string|null);
                    version?: (string|null);
                    setHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.Alias.$Properties;
            }

            interface IMirror extends aivm.versioning.v1.Mirror.$Properties {
            }

            class Mirror {
                constructor(p?: aivm.versioning.v1.Mirror.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                arweaveTxId: string;
                recorder: string;
                height: number;
                static create(properties: aivm.versioning.v1.Mirror.$Shape): aivm.versioning.v1.Mirror & aivm.versioning.v1.Mirror.$Shape;
                static create(properties?: aivm.versioning.v1.Mirror.$Properties): aivm.versioning.v1.Mirror;
                static encode(m: aivm.versioning.v1.Mirror.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.Mirror & aivm.versioning.v1.Mirror.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.Mirror;
                static toObject(m: aivm.versioning.v1.Mirror, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Mirror {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    arweaveTxId?: (string|null);
                    recorder?: (string|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.Mirror.$Properties;
            }

            interface ILineageNode extends aivm.versioning.v1.LineageNode.$Properties {
            }

            class LineageNode {
                constructor(p?: aivm.versioning.v1.LineageNode.$Properties);
                $unknowns?: Uint8Array[];
                ref?: (aivm.versioning.v1.VersionRef.$Properties|null);
                status: aivm.versioning.v1.VersionStatus;
                yanked: boolean;
                static create(properties: aivm.versioning.v1.LineageNode.$Shape): aivm.versioning.v1.LineageNode & aivm.versioning.v1.LineageNode.$Shape;
                static create(properties?: aivm.versioning.v1.LineageNode.$Properties): aivm.versioning.v1.LineageNode;
                static encode(m: aivm.versioning.v1.LineageNode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.LineageNode & aivm.versioning.v1.LineageNode.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.LineageNode;
                static toObject(m: aivm.versioning.v1.LineageNode, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LineageNode {
                interface $Properties {
                    ref?: (aivm.versioning.v1.VersionRef.$Properties|null);
                    status?: (aivm.versioning.v1.VersionStatus|null);
                    yanked?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.LineageNode.$Properties;
            }

            interface ILineageEdge extends aivm.versioning.v1.LineageEdge.$Properties {
            }

            class LineageEdge {
                constructor(p?: aivm.versioning.v1.LineageEdge.$Properties);
                $unknowns?: Uint8Array[];
                parent?: (aivm.versioning.v1.VersionRef.$Properties|null);
                child?: (aivm.versioning.v1.VersionRef.$Properties|null);
                static create(properties: aivm.versioning.v1.LineageEdge.$Shape): aivm.versioning.v1.LineageEdge & aivm.versioning.v1.LineageEdge.$Shape;
                static create(properties?: aivm.versioning.v1.LineageEdge.$Properties): aivm.versioning.v1.LineageEdge;
                static encode(m: aivm.versioning.v1.LineageEdge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.LineageEdge & aivm.versioning.v1.LineageEdge.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.LineageEdge;
                static toObject(m: aivm.versioning.v1.LineageEdge, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LineageEdge {
                interface $Properties {
                    parent?: (aivm.versioning.v1.VersionRef.$Properties|null);
                    child?: (aivm.versioning.v1.VersionRef.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.LineageEdge.$Properties;
            }

            enum LineageDirection {
                LINEAGE_DIRECTION_UNSPECIFIED = 0,
                LINEAGE_DIRECTION_ANCESTORS = 1,
                LINEAGE_DIRECTION_DESCENDANTS = 2,
                LINEAGE_DIRECTION_BOTH = 3
            }

            enum ResolvedVia {
                RESOLVED_VIA_UNSPECIFIED = 0,
                RESOLVED_VIA_EXACT = 1,
                RESOLVED_VIA_ALIAS = 2,
                RESOLVED_VIA_LATEST = 3
            }

            interface IGenesisState extends aivm.versioning.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(p?: aivm.versioning.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                versions: aivm.versioning.v1.Version.$Properties[];
                aliases: aivm.versioning.v1.Alias.$Properties[];
                mirrors: aivm.versioning.v1.Mirror.$Properties[];
                static create(properties: aivm.versioning.v1.GenesisState.$Shape): aivm.versioning.v1.GenesisState & aivm.versioning.v1.GenesisState.$Shape;
                static create(properties?: aivm.versioning.v1.GenesisState.$Properties): aivm.versioning.v1.GenesisState;
                static encode(m: aivm.versioning.v1.GenesisState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.GenesisState & aivm.versioning.v1.GenesisState.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.GenesisState;
                static toObject(m: aivm.versioning.v1.GenesisState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    versions?: (aivm.versioning.v1.Version.$Properties[]|null);
                    aliases?: (aivm.versioning.v1.Alias.$Properties[]|null);
                    mirrors?: (aivm.versioning.v1.Mirror.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.GenesisState.$Properties;
            }

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;
                version: aivm.versioning.v1.Query.Version;
                versions: aivm.versioning.v1.Query.Versions;
                resolve: aivm.versioning.v1.Query.Resolve;
                aliases: aivm.versioning.v1.Query.Aliases;
                lineage: aivm.versioning.v1.Query.Lineage;
                mirrors: aivm.versioning.v1.Query.Mirrors;
            }

            namespace Query {
                type VersionCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryVersionResponse) => void;
                type Version = {
                  (request: aivm.versioning.v1.IQueryVersionRequest, callback: aivm.versioning.v1.Query.VersionCallback): void;
                  (request: aivm.versioning.v1.IQueryVersionRequest): Promise<aivm.versioning.v1.QueryVersionResponse>;
                  readonly name: "Version";
                  readonly path: "/aivm.versioning.v1.Query/Version";
                  readonly requestType: "QueryVersionRequest";
                  readonly responseType: "QueryVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type VersionsCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryVersionsResponse) => void;
                type Versions = {
                  (request: aivm.versioning.v1.IQueryVersionsRequest, callback: aivm.versioning.v1.Query.VersionsCallback): void;
                  (request: aivm.versioning.v1.IQueryVersionsRequest): Promise<aivm.versioning.v1.QueryVersionsResponse>;
                  readonly name: "Versions";
                  readonly path: "/aivm.versioning.v1.Query/Versions";
                  readonly requestType: "QueryVersionsRequest";
                  readonly responseType: "QueryVersionsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ResolveCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryResolveResponse) => void;
                type Resolve = {
                  (request: aivm.versioning.v1.IQueryResolveRequest, callback: aivm.versioning.v1.Query.ResolveCallback): void;
                  (request: aivm.versioning.v1.IQueryResolveRequest): Promise<aivm.versioning.v1.QueryResolveResponse>;
                  readonly name: "Resolve";
                  readonly path: "/aivm.versioning.v1.Query/Resolve";
                  readonly requestType: "QueryResolveRequest";
                  readonly responseType: "QueryResolveResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type AliasesCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryAliasesResponse) => void;
                type Aliases = {
                  (request: aivm.versioning.v1.IQueryAliasesRequest, callback: aivm.versioning.v1.Query.AliasesCallback): void;
                  (request: aivm.versioning.v1.IQueryAliasesRequest): Promise<aivm.versioning.v1.QueryAliasesResponse>;
                  readonly name: "Aliases";
                  readonly path: "/aivm.versioning.v1.Query/Aliases";
                  readonly requestType: "QueryAliasesRequest";
                  readonly responseType: "QueryAliasesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type LineageCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryLineageResponse) => void;
                type Lineage = {
                  (request: aivm.versioning.v1.IQueryLineageRequest, callback: aivm.versioning.v1.Query.LineageCallback): void;
                  (request: aivm.versioning.v1.IQueryLineageRequest): Promise<aivm.versioning.v1.QueryLineageResponse>;
                  readonly name: "Lineage";
                  readonly path: "/aivm.versioning.v1.Query/Lineage";
                  readonly requestType: "QueryLineageRequest";
                  readonly responseType: "QueryLineageResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type MirrorsCallback = (error: (Error|null), response?: aivm.versioning.v1.QueryMirrorsResponse) => void;
                type Mirrors = {
                  (request: aivm.versioning.v1.IQueryMirrorsRequest, callback: aivm.versioning.v1.Query.MirrorsCallback): void;
                  (request: aivm.versioning.v1.IQueryMirrorsRequest): Promise<aivm.versioning.v1.QueryMirrorsResponse>;
                  readonly name: "Mirrors";
                  readonly path: "/aivm.versioning.v1.Query/Mirrors";
                  readonly requestType: "QueryMirrorsRequest";
                  readonly responseType: "QueryMirrorsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IQueryVersionRequest extends aivm.versioning.v1.QueryVersionRequest.$Properties {
            }

            class QueryVersionRequest {
                constructor(p?: aivm.versioning.v1.QueryVersionRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                static create(properties: aivm.versioning.v1.QueryVersionRequest.$Shape): aivm.versioning.v1.QueryVersionRequest & aivm.versioning.v1.QueryVersionRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryVersionRequest.$Properties): aivm.versioning.v1.QueryVersionRequest;
                static encode(m: aivm.versioning.v1.QueryVersionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryVersionRequest & aivm.versioning.v1.QueryVersionRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryVersionRequest;
                static toObject(m: aivm.versioning.v1.QueryVersionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVersionRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryVersionRequest.$Properties;
            }

            interface IQueryVersionResponse extends aivm.versioning.v1.QueryVersionResponse.$Properties {
            }

            class QueryVersionResponse {
                constructor(p?: aivm.versioning.v1.QueryVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                version?: (aivm.versioning.v1.Version.$Properties|null);
                static create(properties: aivm.versioning.v1.QueryVersionResponse.$Shape): aivm.versioning.v1.QueryVersionResponse & aivm.versioning.v1.QueryVersionResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryVersionResponse.$Properties): aivm.versioning.v1.QueryVersionResponse;
                static encode(m: aivm.versioning.v1.QueryVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryVersionResponse & aivm.versioning.v1.QueryVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryVersionResponse;
                static toObject(m: aivm.versioning.v1.QueryVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVersionResponse {
                interface $Properties {
                    version?: (aivm.versioning.v1.Version.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryVersionResponse.$Properties;
            }

            interface IQueryVersionsRequest extends aivm.versioning.v1.QueryVersionsRequest.$Properties {
            }

            class QueryVersionsRequest {
                constructor(p?: aivm.versioning.v1.QueryVersionsRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.versioning.v1.QueryVersionsRequest.$Shape): aivm.versioning.v1.QueryVersionsRequest & aivm.versioning.v1.QueryVersionsRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryVersionsRequest.$Properties): aivm.versioning.v1.QueryVersionsRequest;
                static encode(m: aivm.versioning.v1.QueryVersionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryVersionsRequest & aivm.versioning.v1.QueryVersionsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryVersionsRequest;
                static toObject(m: aivm.versioning.v1.QueryVersionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVersionsRequest {
                interface $Properties {
                    model?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryVersionsRequest.$Properties;
            }

            interface IQueryVersionsResponse extends aivm.versioning.v1.QueryVersionsResponse.$Properties {
            }

            class QueryVersionsResponse {
                constructor(p?: aivm.versioning.v1.QueryVersionsResponse.$Properties);
                $unknowns?: Uint8Array[];
                versions: aivm.versioning.v1.Version.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.versioning.v1.QueryVersionsResponse.$Shape): aivm.versioning.v1.QueryVersionsResponse & aivm.versioning.v1.QueryVersionsResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryVersionsResponse.$Properties): aivm.versioning.v1.QueryVersionsResponse;
                static encode(m: aivm.versioning.v1.QueryVersionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryVersionsResponse & aivm.versioning.v1.QueryVersionsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryVersionsResponse;
                static toObject(m: aivm.versioning.v1.QueryVersionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVersionsResponse {
                interface $Properties {
                    versions?: (aivm.versioning.v1.Version.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryVersionsResponse.$Properties;
            }

            interface IQueryResolveRequest extends aivm.versioning.v1.QueryResolveRequest.$Properties {
            }

            class QueryResolveRequest {
                constructor(p?: aivm.versioning.v1.QueryResolveRequest.$Properties);
                $unknowns?: Uint8Array[];
                ref: string;
                static create(properties: aivm.versioning.v1.QueryResolveRequest.$Shape): aivm.versioning.v1.QueryResolveRequest & aivm.versioning.v1.QueryResolveRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryResolveRequest.$Properties): aivm.versioning.v1.QueryResolveRequest;
                static encode(m: aivm.versioning.v1.QueryResolveRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryResolveRequest & aivm.versioning.v1.QueryResolveRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryResolveRequest;
                static toObject(m: aivm.versioning.v1.QueryResolveRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryResolveRequest {
                interface $Properties {
                    ref?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryResolveRequest.$Properties;
            }

            interface IQueryResolveResponse extends aivm.versioning.v1.QueryResolveResponse.$Properties {
            }

            class QueryResolveResponse {
                constructor(p?: aivm.versioning.v1.QueryResolveResponse.$Properties);
                $unknowns?: Uint8Array[];
                version?: (aivm.versioning.v1.Version.$Properties|null);
                via: aivm.versioning.v1.ResolvedVia;
                alias: string;
                static create(properties: aivm.versioning.v1.QueryResolveResponse.$Shape): aivm.versioning.v1.QueryResolveResponse & aivm.versioning.v1.QueryResolveResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryResolveResponse.$Properties): aivm.versioning.v1.QueryResolveResponse;
                static encode(m: aivm.versioning.v1.QueryResolveResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryResolveResponse & aivm.versioning.v1.QueryResolveResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryResolveResponse;
                static toObject(m: aivm.versioning.v1.QueryResolveResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryResolveResponse {
                interface $Properties {
                    version?: (aivm.versioning.v1.Version.$Properties|null);
                    via?: (aivm.versioning.v1.ResolvedVia|null);
                    alias?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryResolveResponse.$Properties;
            }

            interface IQueryAliasesRequest extends aivm.versioning.v1.QueryAliasesRequest.$Properties {
            }

            class QueryAliasesRequest {
                constructor(p?: aivm.versioning.v1.QueryAliasesRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                static create(properties: aivm.versioning.v1.QueryAliasesRequest.$Shape): aivm.versioning.v1.QueryAliasesRequest & aivm.versioning.v1.QueryAliasesRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryAliasesRequest.$Properties): aivm.versioning.v1.QueryAliasesRequest;
                static encode(m: aivm.versioning.v1.QueryAliasesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryAliasesRequest & aivm.versioning.v1.QueryAliasesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryAliasesRequest;
                static toObject(m: aivm.versioning.v1.QueryAliasesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAliasesRequest {
                interface $Properties {
                    model?: (string|null);
                    pagination?: (aivm.registry.v1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryAliasesRequest.$Properties;
            }

            interface IQueryAliasesResponse extends aivm.versioning.v1.QueryAliasesResponse.$Properties {
            }

            class QueryAliasesResponse {
                constructor(p?: aivm.versioning.v1.QueryAliasesResponse.$Properties);
                $unknowns?: Uint8Array[];
                aliases: aivm.versioning.v1.Alias.$Properties[];
                pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                static create(properties: aivm.versioning.v1.QueryAliasesResponse.$Shape): aivm.versioning.v1.QueryAliasesResponse & aivm.versioning.v1.QueryAliasesResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryAliasesResponse.$Properties): aivm.versioning.v1.QueryAliasesResponse;
                static encode(m: aivm.versioning.v1.QueryAliasesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryAliasesResponse & aivm.versioning.v1.QueryAliasesResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryAliasesResponse;
                static toObject(m: aivm.versioning.v1.QueryAliasesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAliasesResponse {
                interface $Properties {
                    aliases?: (aivm.versioning.v1.Alias.$Properties[]|null);
                    pagination?: (aivm.registry.v1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryAliasesResponse.$Properties;
            }

            interface IQueryLineageRequest extends aivm.versioning.v1.QueryLineageRequest.$Properties {
            }

            class QueryLineageRequest {
                constructor(p?: aivm.versioning.v1.QueryLineageRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                direction: aivm.versioning.v1.LineageDirection;
                depth: number;
                static create(properties: aivm.versioning.v1.QueryLineageRequest.$Shape): aivm.versioning.v1.QueryLineageRequest & aivm.versioning.v1.QueryLineageRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryLineageRequest.$Properties): aivm.versioning.v1.QueryLineageRequest;
                static encode(m: aivm.versioning.v1.QueryLineageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryLineageRequest & aivm.versioning.v1.QueryLineageRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryLineageRequest;
                static toObject(m: aivm.versioning.v1.QueryLineageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLineageRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    direction?: (aivm.versioning.v1.LineageDirection|null);
                    depth?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryLineageRequest.$Properties;
            }

            interface IQueryLineageResponse extends aivm.versioning.v1.QueryLineageResponse.$Properties {
            }

            class QueryLineageResponse {
                constructor(p?: aivm.versioning.v1.QueryLineageResponse.$Properties);
                $unknowns?: Uint8Array[];
                root?: (aivm.versioning.v1.VersionRef.$Properties|null);
                nodes: aivm.versioning.v1.LineageNode.$Properties[];
                edges: aivm.versioning.v1.LineageEdge.$Properties[];
                truncated: boolean;
                static create(properties: aivm.versioning.v1.QueryLineageResponse.$Shape): aivm.versioning.v1.QueryLineageResponse & aivm.versioning.v1.QueryLineageResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryLineageResponse.$Properties): aivm.versioning.v1.QueryLineageResponse;
                static encode(m: aivm.versioning.v1.QueryLineageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryLineageResponse & aivm.versioning.v1.QueryLineageResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryLineageResponse;
                static toObject(m: aivm.versioning.v1.QueryLineageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLineageResponse {
                interface $Properties {
                    root?: (aivm.versioning.v1.VersionRef.$Properties|null);
                    nodes?: (aivm.versioning.v1.LineageNode.$Properties[]|null);
                    edges?: (aivm.versioning.v1.LineageEdge.$Properties[]|null);
                    truncated?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryLineageResponse.$Properties;
            }

            interface IQueryMirrorsRequest extends aivm.versioning.v1.QueryMirrorsRequest.$Properties {
            }

            class QueryMirrorsRequest {
                constructor(p?: aivm.versioning.v1.QueryMirrorsRequest.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                version: string;
                static create(properties: aivm.versioning.v1.QueryMirrorsRequest.$Shape): aivm.versioning.v1.QueryMirrorsRequest & aivm.versioning.v1.QueryMirrorsRequest.$Shape;
                static create(properties?: aivm.versioning.v1.QueryMirrorsRequest.$Properties): aivm.versioning.v1.QueryMirrorsRequest;
                static encode(m: aivm.versioning.v1.QueryMirrorsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryMirrorsRequest & aivm.versioning.v1.QueryMirrorsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryMirrorsRequest;
                static toObject(m: aivm.versioning.v1.QueryMirrorsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMirrorsRequest {
                interface $Properties {
                    model?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryMirrorsRequest.$Properties;
            }

            interface IQueryMirrorsResponse extends aivm.versioning.v1.QueryMirrorsResponse.$Properties {
            }

            class QueryMirrorsResponse {
                constructor(p?: aivm.versioning.v1.QueryMirrorsResponse.$Properties);
                $unknowns?: Uint8Array[];
                mirrors: aivm.versioning.v1.Mirror.$Properties[];
                static create(properties: aivm.versioning.v1.QueryMirrorsResponse.$Shape): aivm.versioning.v1.QueryMirrorsResponse & aivm.versioning.v1.QueryMirrorsResponse.$Shape;
                static create(properties?: aivm.versioning.v1.QueryMirrorsResponse.$Properties): aivm.versioning.v1.QueryMirrorsResponse;
                static encode(m: aivm.versioning.v1.QueryMirrorsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.QueryMirrorsResponse & aivm.versioning.v1.QueryMirrorsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.QueryMirrorsResponse;
                static toObject(m: aivm.versioning.v1.QueryMirrorsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMirrorsResponse {
                interface $Properties {
                    mirrors?: (aivm.versioning.v1.Mirror.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.QueryMirrorsResponse.$Properties;
            }

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;
                publishVersion: aivm.versioning.v1.Msg.PublishVersion;
                yankVersion: aivm.versioning.v1.Msg.YankVersion;
                unyankVersion: aivm.versioning.v1.Msg.UnyankVersion;
                deprecateVersion: aivm.versioning.v1.Msg.DeprecateVersion;
                setAlias: aivm.versioning.v1.Msg.SetAlias;
                removeAlias: aivm.versioning.v1.Msg.RemoveAlias;
                forkModel: aivm.versioning.v1.Msg.ForkModel;
                recordMirror: aivm.versioning.v1.Msg.RecordMirror;
            }

            namespace Msg {
                type PublishVersionCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgPublishVersionResponse) => void;
                type PublishVersion = {
                  (request: aivm.versioning.v1.IMsgPublishVersion, callback: aivm.versioning.v1.Msg.PublishVersionCallback): void;
                  (request: aivm.versioning.v1.IMsgPublishVersion): Promise<aivm.versioning.v1.MsgPublishVersionResponse>;
                  readonly name: "PublishVersion";
                  readonly path: "/aivm.versioning.v1.Msg/PublishVersion";
                  readonly requestType: "MsgPublishVersion";
                  readonly responseType: "MsgPublishVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type YankVersionCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgYankVersionResponse) => void;
                type YankVersion = {
                  (request: aivm.versioning.v1.IMsgYankVersion, callback: aivm.versioning.v1.Msg.YankVersionCallback): void;
                  (request: aivm.versioning.v1.IMsgYankVersion): Promise<aivm.versioning.v1.MsgYankVersionResponse>;
                  readonly name: "YankVersion";
                  readonly path: "/aivm.versioning.v1.Msg/YankVersion";
                  readonly requestType: "MsgYankVersion";
                  readonly responseType: "MsgYankVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type UnyankVersionCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgUnyankVersionResponse) => void;
                type UnyankVersion = {
                  (request: aivm.versioning.v1.IMsgUnyankVersion, callback: aivm.versioning.v1.Msg.UnyankVersionCallback): void;
                  (request: aivm.versioning.v1.IMsgUnyankVersion): Promise<aivm.versioning.v1.MsgUnyankVersionResponse>;
                  readonly name: "UnyankVersion";
                  readonly path: "/aivm.versioning.v1.Msg/UnyankVersion";
                  readonly requestType: "MsgUnyankVersion";
                  readonly responseType: "MsgUnyankVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type DeprecateVersionCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgDeprecateVersionResponse) => void;
                type DeprecateVersion = {
                  (request: aivm.versioning.v1.IMsgDeprecateVersion, callback: aivm.versioning.v1.Msg.DeprecateVersionCallback): void;
                  (request: aivm.versioning.v1.IMsgDeprecateVersion): Promise<aivm.versioning.v1.MsgDeprecateVersionResponse>;
                  readonly name: "DeprecateVersion";
                  readonly path: "/aivm.versioning.v1.Msg/DeprecateVersion";
                  readonly requestType: "MsgDeprecateVersion";
                  readonly responseType: "MsgDeprecateVersionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type SetAliasCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgSetAliasResponse) => void;
                type SetAlias = {
                  (request: aivm.versioning.v1.IMsgSetAlias, callback: aivm.versioning.v1.Msg.SetAliasCallback): void;
                  (request: aivm.versioning.v1.IMsgSetAlias): Promise<aivm.versioning.v1.MsgSetAliasResponse>;
                  readonly name: "SetAlias";
                  readonly path: "/aivm.versioning.v1.Msg/SetAlias";
                  readonly requestType: "MsgSetAlias";
                  readonly responseType: "MsgSetAliasResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RemoveAliasCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgRemoveAliasResponse) => void;
                type RemoveAlias = {
                  (request: aivm.versioning.v1.IMsgRemoveAlias, callback: aivm.versioning.v1.Msg.RemoveAliasCallback): void;
                  (request: aivm.versioning.v1.IMsgRemoveAlias): Promise<aivm.versioning.v1.MsgRemoveAliasResponse>;
                  readonly name: "RemoveAlias";
                  readonly path: "/aivm.versioning.v1.Msg/RemoveAlias";
                  readonly requestType: "MsgRemoveAlias";
                  readonly responseType: "MsgRemoveAliasResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ForkModelCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgForkModelResponse) => void;
                type ForkModel = {
                  (request: aivm.versioning.v1.IMsgForkModel, callback: aivm.versioning.v1.Msg.ForkModelCallback): void;
                  (request: aivm.versioning.v1.IMsgForkModel): Promise<aivm.versioning.v1.MsgForkModelResponse>;
                  readonly name: "ForkModel";
                  readonly path: "/aivm.versioning.v1.Msg/ForkModel";
                  readonly requestType: "MsgForkModel";
                  readonly responseType: "MsgForkModelResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RecordMirrorCallback = (error: (Error|null), response?: aivm.versioning.v1.MsgRecordMirrorResponse) => void;
                type RecordMirror = {
                  (request: aivm.versioning.v1.IMsgRecordMirror, callback: aivm.versioning.v1.Msg.RecordMirrorCallback): void;
                  (request: aivm.versioning.v1.IMsgRecordMirror): Promise<aivm.versioning.v1.MsgRecordMirrorResponse>;
                  readonly name: "RecordMirror";
                  readonly path: "/aivm.versioning.v1.Msg/RecordMirror";
                  readonly requestType: "MsgRecordMirror";
                  readonly responseType: "MsgRecordMirrorResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IMsgPublishVersion extends aivm.versioning.v1.MsgPublishVersion.$Properties {
            }

            class MsgPublishVersion {
                constructor(p?: aivm.versioning.v1.MsgPublishVersion.$Properties);
                $unknowns?: Uint8Array[];
                publisher: string;
                model: string;
                version: string;
                rootCid: string;
                size: number;
                manifestDigest: string;
                publicManifest: string;
                parents: aivm.versioning.v1.VersionRef.$Properties[];
                changelog: string;
                encrypted: boolean;
                keyFingerprint: string;
                static create(properties: aivm.versioning.v1.MsgPublishVersion.$Shape): aivm.versioning.v1.MsgPublishVersion & aivm.versioning.v1.MsgPublishVersion.$Shape;
                static create(properties?: aivm.versioning.v1.MsgPublishVersion.$Properties): aivm.versioning.v1.MsgPublishVersion;
                static encode(m: aivm.versioning.v1.MsgPublishVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgPublishVersion & aivm.versioning.v1.MsgPublishVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgPublishVersion;
                static toObject(m: aivm.versioning.v1.MsgPublishVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPublishVersion {
                interface $Properties {
                    publisher?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    rootCid?: (string|null);
                    size?: (number|null);
                    manifestDigest?: (string|null);
                    publicManifest?: (string|null);
                    parents?: (aivm.versioning.v1.VersionRef.$Properties[]|null);
                    changelog?: (string|null);
                    encrypted?: (boolean|null);
                    keyFingerprint?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgPublishVersion.$Properties;
            }

            interface IMsgPublishVersionResponse extends aivm.versioning.v1.MsgPublishVersionResponse.$Properties {
            }

            class MsgPublishVersionResponse {
                constructor(p?: aivm.versioning.v1.MsgPublishVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                deadlineHeight: number;
                static create(properties: aivm.versioning.v1.MsgPublishVersionResponse.$Shape): aivm.versioning.v1.MsgPublishVersionResponse & aivm.versioning.v1.MsgPublishVersionResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgPublishVersionResponse.$Properties): aivm.versioning.v1.MsgPublishVersionResponse;
                static encode(m: aivm.versioning.v1.MsgPublishVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgPublishVersionResponse & aivm.versioning.v1.MsgPublishVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgPublishVersionResponse;
                static toObject(m: aivm.versioning.v1.MsgPublishVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPublishVersionResponse {
                interface $Properties {
                    deadlineHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgPublishVersionResponse.$Properties;
            }

            interface IMsgYankVersion extends aivm.versioning.v1.MsgYankVersion.$Properties {
            }

            class MsgYankVersion {
                constructor(p?: aivm.versioning.v1.MsgYankVersion.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                model: string;
                version: string;
                reason: string;
                static create(properties: aivm.versioning.v1.MsgYankVersion.$Shape): aivm.versioning.v1.MsgYankVersion & aivm.versioning.v1.MsgYankVersion.$Shape;
                static create(properties?: aivm.versioning.v1.MsgYankVersion.$Properties): aivm.versioning.v1.MsgYankVersion;
                static encode(m: aivm.versioning.v1.MsgYankVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgYankVersion & aivm.versioning.v1.MsgYankVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgYankVersion;
                static toObject(m: aivm.versioning.v1.MsgYankVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgYankVersion {
                interface $Properties {
                    sender?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgYankVersion.$Properties;
            }

            interface IMsgYankVersionResponse extends aivm.versioning.v1.MsgYankVersionResponse.$Properties {
            }

            class MsgYankVersionResponse {
                constructor(p?: aivm.versioning.v1.MsgYankVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgYankVersionResponse.$Shape): aivm.versioning.v1.MsgYankVersionResponse & aivm.versioning.v1.MsgYankVersionResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgYankVersionResponse.$Properties): aivm.versioning.v1.MsgYankVersionResponse;
                static encode(m: aivm.versioning.v1.MsgYankVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgYankVersionResponse & aivm.versioning.v1.MsgYankVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgYankVersionResponse;
                static toObject(m: aivm.versioning.v1.MsgYankVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgYankVersionResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgYankVersionResponse.$Properties;
            }

            interface IMsgUnyankVersion extends aivm.versioning.v1.MsgUnyankVersion.$Properties {
            }

            class MsgUnyankVersion {
                constructor(p?: aivm.versioning.v1.MsgUnyankVersion.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                model: string;
                version: string;
                static create(properties: aivm.versioning.v1.MsgUnyankVersion.$Shape): aivm.versioning.v1.MsgUnyankVersion & aivm.versioning.v1.MsgUnyankVersion.$Shape;
                static create(properties?: aivm.versioning.v1.MsgUnyankVersion.$Properties): aivm.versioning.v1.MsgUnyankVersion;
                static encode(m: aivm.versioning.v1.MsgUnyankVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgUnyankVersion & aivm.versioning.v1.MsgUnyankVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgUnyankVersion;
                static toObject(m: aivm.versioning.v1.MsgUnyankVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUnyankVersion {
                interface $Properties {
                    owner?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgUnyankVersion.$Properties;
            }

            interface IMsgUnyankVersionResponse extends aivm.versioning.v1.MsgUnyankVersionResponse.$Properties {
            }

            class MsgUnyankVersionResponse {
                constructor(p?: aivm.versioning.v1.MsgUnyankVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgUnyankVersionResponse.$Shape): aivm.versioning.v1.MsgUnyankVersionResponse & aivm.versioning.v1.MsgUnyankVersionResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgUnyankVersionResponse.$Properties): aivm.versioning.v1.MsgUnyankVersionResponse;
                static encode(m: aivm.versioning.v1.MsgUnyankVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgUnyankVersionResponse & aivm.versioning.v1.MsgUnyankVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgUnyankVersionResponse;
                static toObject(m: aivm.versioning.v1.MsgUnyankVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUnyankVersionResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgUnyankVersionResponse.$Properties;
            }

            interface IMsgDeprecateVersion extends aivm.versioning.v1.MsgDeprecateVersion.$Properties {
            }

            class MsgDeprecateVersion {
                constructor(p?: aivm.versioning.v1.MsgDeprecateVersion.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                model: string;
                version: string;
                deprecated: boolean;
                reason: string;
                static create(properties: aivm.versioning.v1.MsgDeprecateVersion.$Shape): aivm.versioning.v1.MsgDeprecateVersion & aivm.versioning.v1.MsgDeprecateVersion.$Shape;
                static create(properties?: aivm.versioning.v1.MsgDeprecateVersion.$Properties): aivm.versioning.v1.MsgDeprecateVersion;
                static encode(m: aivm.versioning.v1.MsgDeprecateVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgDeprecateVersion & aivm.versioning.v1.MsgDeprecateVersion.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgDeprecateVersion;
                static toObject(m: aivm.versioning.v1.MsgDeprecateVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDeprecateVersion {
                interface $Properties {
                    sender?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    deprecated?: (boolean|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgDeprecateVersion.$Properties;
            }

            interface IMsgDeprecateVersionResponse extends aivm.versioning.v1.MsgDeprecateVersionResponse.$Properties {
            }

            class MsgDeprecateVersionResponse {
                constructor(p?: aivm.versioning.v1.MsgDeprecateVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgDeprecateVersionResponse.$Shape): aivm.versioning.v1.MsgDeprecateVersionResponse & aivm.versioning.v1.MsgDeprecateVersionResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgDeprecateVersionResponse.$Properties): aivm.versioning.v1.MsgDeprecateVersionResponse;
                static encode(m: aivm.versioning.v1.MsgDeprecateVersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgDeprecateVersionResponse & aivm.versioning.v1.MsgDeprecateVersionResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgDeprecateVersionResponse;
                static toObject(m: aivm.versioning.v1.MsgDeprecateVersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDeprecateVersionResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgDeprecateVersionResponse.$Properties;
            }

            interface IMsgSetAlias extends aivm.versioning.v1.MsgSetAlias.$Properties {
            }

            class MsgSetAlias {
                constructor(p?: aivm.versioning.v1.MsgSetAlias.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                model: string;
                alias: string;
                version: string;
                static create(properties: aivm.versioning.v1.MsgSetAlias.$Shape): aivm.versioning.v1.MsgSetAlias & aivm.versioning.v1.MsgSetAlias.$Shape;
                static create(properties?: aivm.versioning.v1.MsgSetAlias.$Properties): aivm.versioning.v1.MsgSetAlias;
                static encode(m: aivm.versioning.v1.MsgSetAlias.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgSetAlias & aivm.versioning.v1.MsgSetAlias.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgSetAlias;
                static toObject(m: aivm.versioning.v1.MsgSetAlias, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAlias {
                interface $Properties {
                    owner?: (string|null);
                    model?: (string|null);
                    alias?: (string|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgSetAlias.$Properties;
            }

            interface IMsgSetAliasResponse extends aivm.versioning.v1.MsgSetAliasResponse.$Properties {
            }

            class MsgSetAliasResponse {
                constructor(p?: aivm.versioning.v1.MsgSetAliasResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgSetAliasResponse.$Shape): aivm.versioning.v1.MsgSetAliasResponse & aivm.versioning.v1.MsgSetAliasResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgSetAliasResponse.$Properties): aivm.versioning.v1.MsgSetAliasResponse;
                static encode(m: aivm.versioning.v1.MsgSetAliasResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgSetAliasResponse & aivm.versioning.v1.MsgSetAliasResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgSetAliasResponse;
                static toObject(m: aivm.versioning.v1.MsgSetAliasResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAliasResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgSetAliasResponse.$Properties;
            }

            interface IMsgRemoveAlias extends aivm.versioning.v1.MsgRemoveAlias.$Properties {
            }

            class MsgRemoveAlias {
                constructor(p?: aivm.versioning.v1.MsgRemoveAlias.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                model: string;
                alias: string;
                static create(properties: aivm.versioning.v1.MsgRemoveAlias.$Shape): aivm.versioning.v1.MsgRemoveAlias & aivm.versioning.v1.MsgRemoveAlias.$Shape;
                static create(properties?: aivm.versioning.v1.MsgRemoveAlias.$Properties): aivm.versioning.v1.MsgRemoveAlias;
                static encode(m: aivm.versioning.v1.MsgRemoveAlias.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgRemoveAlias & aivm.versioning.v1.MsgRemoveAlias.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgRemoveAlias;
                static toObject(m: aivm.versioning.v1.MsgRemoveAlias, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveAlias {
                interface $Properties {
                    owner?: (string|null);
                    model?: (string|null);
                    alias?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgRemoveAlias.$Properties;
            }

            interface IMsgRemoveAliasResponse extends aivm.versioning.v1.MsgRemoveAliasResponse.$Properties {
            }

            class MsgRemoveAliasResponse {
                constructor(p?: aivm.versioning.v1.MsgRemoveAliasResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgRemoveAliasResponse.$Shape): aivm.versioning.v1.MsgRemoveAliasResponse & aivm.versioning.v1.MsgRemoveAliasResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgRemoveAliasResponse.$Properties): aivm.versioning.v1.MsgRemoveAliasResponse;
                static encode(m: aivm.versioning.v1.MsgRemoveAliasResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgRemoveAliasResponse & aivm.versioning.v1.MsgRemoveAliasResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgRemoveAliasResponse;
                static toObject(m: aivm.versioning.v1.MsgRemoveAliasResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveAliasResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgRemoveAliasResponse.$Properties;
            }

            interface IMsgForkModel extends aivm.versioning.v1.MsgForkModel.$Properties {
            }

            class MsgForkModel {
                constructor(p?: aivm.versioning.v1.MsgForkModel.$Properties);
                $unknowns?: Uint8Array[];
                creator: string;
                sourceModel: string;
                sourceVersion: string;
                name: string;
                description: string;
                task: string;
                tags: string[];
                license: string;
                modelCardUri: string;
                visibility: aivm.registry.v1.Visibility;
                keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                version: string;
                rootCid: string;
                size: number;
                manifestDigest: string;
                publicManifest: string;
                changelog: string;
                encrypted: boolean;
                keyFingerprint: string;
                static create(properties: aivm.versioning.v1.MsgForkModel.$Shape): aivm.versioning.v1.MsgForkModel & aivm.versioning.v1.MsgForkModel.$Shape;
                static create(properties?: aivm.versioning.v1.MsgForkModel.$Properties): aivm.versioning.v1.MsgForkModel;
                static encode(m: aivm.versioning.v1.MsgForkModel.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgForkModel & aivm.versioning.v1.MsgForkModel.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgForkModel;
                static toObject(m: aivm.versioning.v1.MsgForkModel, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgForkModel {
                interface $Properties {
                    creator?: (string|null);
                    sourceModel?: (string|null);
                    sourceVersion?: (string|null);
                    name?: (string|null);
                    description?: (string|null);
                    task?: (string|null);
                    tags?: (string[]|null);
                    license?: (string|null);
                    modelCardUri?: (string|null);
                    visibility?: (aivm.registry.v1.Visibility|null);
                    keyEndpoint?: (aivm.registry.v1.KeyEndpoint.$Properties|null);
                    version?: (string|null);
                    rootCid?: (string|null);
                    size?: (number|null);
                    manifestDigest?: (string|null);
                    publicManifest?: (string|null);
                    changelog?: (string|null);
                    encrypted?: (boolean|null);
                    keyFingerprint?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgForkModel.$Properties;
            }

            interface IMsgForkModelResponse extends aivm.versioning.v1.MsgForkModelResponse.$Properties {
            }

            class MsgForkModelResponse {
                constructor(p?: aivm.versioning.v1.MsgForkModelResponse.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                version: string;
                deadlineHeight: number;
                static create(properties: aivm.versioning.v1.MsgForkModelResponse.$Shape): aivm.versioning.v1.MsgForkModelResponse & aivm.versioning.v1.MsgForkModelResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgForkModelResponse.$Properties): aivm.versioning.v1.MsgForkModelResponse;
                static encode(m: aivm.versioning.v1.MsgForkModelResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgForkModelResponse & aivm.versioning.v1.MsgForkModelResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgForkModelResponse;
                static toObject(m: aivm.versioning.v1.MsgForkModelResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgForkModelResponse {
                interface $Properties {
                    name?: (string|null);
                    version?: (string|null);
                    deadlineHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgForkModelResponse.$Properties;
            }

            interface IMsgRecordMirror extends aivm.versioning.v1.MsgRecordMirror.$Properties {
            }

            class MsgRecordMirror {
                constructor(p?: aivm.versioning.v1.MsgRecordMirror.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                model: string;
                version: string;
                arweaveTxId: string;
                static create(properties: aivm.versioning.v1.MsgRecordMirror.$Shape): aivm.versioning.v1.MsgRecordMirror & aivm.versioning.v1.MsgRecordMirror.$Shape;
                static create(properties?: aivm.versioning.v1.MsgRecordMirror.$Properties): aivm.versioning.v1.MsgRecordMirror;
                static encode(m: aivm.versioning.v1.MsgRecordMirror.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgRecordMirror & aivm.versioning.v1.MsgRecordMirror.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgRecordMirror;
                static toObject(m: aivm.versioning.v1.MsgRecordMirror, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRecordMirror {
                interface $Properties {
                    sender?: (string|null);
                    model?: (string|null);
                    version?: (string|null);
                    arweaveTxId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgRecordMirror.$Properties;
            }

            interface IMsgRecordMirrorResponse extends aivm.versioning.v1.MsgRecordMirrorResponse.$Properties {
            }

            class MsgRecordMirrorResponse {
                constructor(p?: aivm.versioning.v1.MsgRecordMirrorResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: aivm.versioning.v1.MsgRecordMirrorResponse.$Shape): aivm.versioning.v1.MsgRecordMirrorResponse & aivm.versioning.v1.MsgRecordMirrorResponse.$Shape;
                static create(properties?: aivm.versioning.v1.MsgRecordMirrorResponse.$Properties): aivm.versioning.v1.MsgRecordMirrorResponse;
                static encode(m: aivm.versioning.v1.MsgRecordMirrorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): aivm.versioning.v1.MsgRecordMirrorResponse & aivm.versioning.v1.MsgRecordMirrorResponse.$Shape;
                static fromObject(d: { [k: string]: any }): aivm.versioning.v1.MsgRecordMirrorResponse;
                static toObject(m: aivm.versioning.v1.MsgRecordMirrorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRecordMirrorResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = aivm.versioning.v1.MsgRecordMirrorResponse.$Properties;
            }
        }
    }
}
