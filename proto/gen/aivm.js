/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const aivm = $root.aivm = (() => {

    /**
     * Namespace aivm.
     * @exports aivm
     * @namespace
     */
    const aivm = {};

    aivm.types = (function() {

        /**
         * Namespace types.
         * @memberof aivm
         * @namespace
         */
        const types = {};

        types.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aivm.types
             * @namespace
             */
            const v1 = {};

            v1.Time = (function() {

                /**
                 * Properties of a Time.
                 * @typedef {Object} aivm.types.v1.Time.$Properties
                 * @property {number|null} [seconds] Time seconds
                 * @property {number|null} [nanos] Time nanos
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Time.
                 * @memberof aivm.types.v1
                 * @interface ITime
                 * @augments aivm.types.v1.Time.$Properties
                 * @deprecated Use aivm.types.v1.Time.$Properties instead.
                 */

                /**
                 * Shape of a Time.
                 * @typedef {aivm.types.v1.Time.$Properties} aivm.types.v1.Time.$Shape
                 */

                /**
                 * Constructs a new Time.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Time.
                 * @constructor
                 * @param {aivm.types.v1.Time.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Time = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Time seconds.
                 * @member {number} seconds
                 * @memberof aivm.types.v1.Time
                 * @instance
                 */
                Time.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Time nanos.
                 * @member {number} nanos
                 * @memberof aivm.types.v1.Time
                 * @instance
                 */
                Time.prototype.nanos = 0;

                /**
                 * Creates a new Time instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {aivm.types.v1.Time.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Time} Time instance
                 * @type {{
                 *   (properties: aivm.types.v1.Time.$Shape): aivm.types.v1.Time & aivm.types.v1.Time.$Shape;
                 *   (properties?: aivm.types.v1.Time.$Properties): aivm.types.v1.Time;
                 * }}
                 */
                Time.create = function(properties) {
                    return new Time(properties);
                };

                /**
                 * Encodes the specified Time message. Does not implicitly {@link aivm.types.v1.Time.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {aivm.types.v1.Time.$Properties} m Time message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Time.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds") && (typeof m.seconds === "object" ? m.seconds.low || m.seconds.high : m.seconds !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.seconds);
                    if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos") && m.nanos !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.nanos);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Time message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Time & aivm.types.v1.Time.$Shape} Time
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Time.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Time();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seconds = v;
                                else
                                    delete m.seconds;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.nanos = v;
                                else
                                    delete m.nanos;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Time message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Time} Time
                 */
                Time.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Time)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Time: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Time();
                    if (d.seconds != null) {
                        if (typeof d.seconds === "object" ? d.seconds.low || d.seconds.high : $Number(d.seconds) !== 0) {
                            if ($util.Long)
                                m.seconds = $util.Long.fromValue(d.seconds, false);
                            else if (typeof d.seconds === "string")
                                m.seconds = $parseInt(d.seconds, 10);
                            else if (typeof d.seconds === "number")
                                m.seconds = d.seconds;
                            else if (typeof d.seconds === "object")
                                m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                        }
                    }
                    if (d.nanos != null) {
                        if ($Number(d.nanos) !== 0) {
                            m.nanos = d.nanos | 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Time message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {aivm.types.v1.Time} m Time
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Time.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.seconds = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seconds = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.nanos = 0;
                    }
                    if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seconds = typeof m.seconds === "number" ? $BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                        else if (typeof m.seconds === "number")
                            d.seconds = o.longs === $String ? $String(m.seconds) : m.seconds;
                        else
                            d.seconds = o.longs === $String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === $Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                    }
                    if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                        d.nanos = m.nanos;
                    }
                    return d;
                };

                /**
                 * Converts this Time to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Time
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Time.prototype.toJSON = function() {
                    return Time.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Time
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Time
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Time.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Time";
                };

                return Time;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @typedef {Object} aivm.types.v1.Header.$Properties
                 * @property {string|null} [chainId] Header chainId
                 * @property {number|null} [height] Header height
                 * @property {aivm.types.v1.Time.$Properties|null} [time] Header time
                 * @property {Uint8Array|null} [lastBlockHash] Header lastBlockHash
                 * @property {Uint8Array|null} [lastCommitHash] Header lastCommitHash
                 * @property {Uint8Array|null} [dataHash] Header dataHash
                 * @property {Uint8Array|null} [validatorsHash] Header validatorsHash
                 * @property {Uint8Array|null} [nextValidatorsHash] Header nextValidatorsHash
                 * @property {Uint8Array|null} [appHash] Header appHash
                 * @property {Uint8Array|null} [lastResultsHash] Header lastResultsHash
                 * @property {Uint8Array|null} [proposerAddress] Header proposerAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Header.
                 * @memberof aivm.types.v1
                 * @interface IHeader
                 * @augments aivm.types.v1.Header.$Properties
                 * @deprecated Use aivm.types.v1.Header.$Properties instead.
                 */

                /**
                 * Shape of a Header.
                 * @typedef {aivm.types.v1.Header.$Properties} aivm.types.v1.Header.$Shape
                 */

                /**
                 * Constructs a new Header.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Header.
                 * @constructor
                 * @param {aivm.types.v1.Header.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Header = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Header chainId.
                 * @member {string} chainId
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.chainId = "";

                /**
                 * Header height.
                 * @member {number} height
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Header time.
                 * @member {aivm.types.v1.Time.$Properties|null|undefined} time
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.time = null;

                /**
                 * Header lastBlockHash.
                 * @member {Uint8Array} lastBlockHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastBlockHash = $util.newBuffer([]);

                /**
                 * Header lastCommitHash.
                 * @member {Uint8Array} lastCommitHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastCommitHash = $util.newBuffer([]);

                /**
                 * Header dataHash.
                 * @member {Uint8Array} dataHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.dataHash = $util.newBuffer([]);

                /**
                 * Header validatorsHash.
                 * @member {Uint8Array} validatorsHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.validatorsHash = $util.newBuffer([]);

                /**
                 * Header nextValidatorsHash.
                 * @member {Uint8Array} nextValidatorsHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.nextValidatorsHash = $util.newBuffer([]);

                /**
                 * Header appHash.
                 * @member {Uint8Array} appHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.appHash = $util.newBuffer([]);

                /**
                 * Header lastResultsHash.
                 * @member {Uint8Array} lastResultsHash
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.lastResultsHash = $util.newBuffer([]);

                /**
                 * Header proposerAddress.
                 * @member {Uint8Array} proposerAddress
                 * @memberof aivm.types.v1.Header
                 * @instance
                 */
                Header.prototype.proposerAddress = $util.newBuffer([]);

                /**
                 * Creates a new Header instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {aivm.types.v1.Header.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Header} Header instance
                 * @type {{
                 *   (properties: aivm.types.v1.Header.$Shape): aivm.types.v1.Header & aivm.types.v1.Header.$Shape;
                 *   (properties?: aivm.types.v1.Header.$Properties): aivm.types.v1.Header;
                 * }}
                 */
                Header.create = function(properties) {
                    return new Header(properties);
                };

                /**
                 * Encodes the specified Header message. Does not implicitly {@link aivm.types.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {aivm.types.v1.Header.$Properties} m Header message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.chainId != null && $Object.hasOwnProperty.call(m, "chainId") && m.chainId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.chainId);
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).int64(m.height);
                    if (m.time != null && $Object.hasOwnProperty.call(m, "time"))
                        $root.aivm.types.v1.Time.encode(m.time, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.lastBlockHash != null && $Object.hasOwnProperty.call(m, "lastBlockHash") && m.lastBlockHash.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.lastBlockHash);
                    if (m.lastCommitHash != null && $Object.hasOwnProperty.call(m, "lastCommitHash") && m.lastCommitHash.length)
                        w.uint32(/* id 5, wireType 2 =*/42).bytes(m.lastCommitHash);
                    if (m.dataHash != null && $Object.hasOwnProperty.call(m, "dataHash") && m.dataHash.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.dataHash);
                    if (m.validatorsHash != null && $Object.hasOwnProperty.call(m, "validatorsHash") && m.validatorsHash.length)
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.validatorsHash);
                    if (m.nextValidatorsHash != null && $Object.hasOwnProperty.call(m, "nextValidatorsHash") && m.nextValidatorsHash.length)
                        w.uint32(/* id 8, wireType 2 =*/66).bytes(m.nextValidatorsHash);
                    if (m.appHash != null && $Object.hasOwnProperty.call(m, "appHash") && m.appHash.length)
                        w.uint32(/* id 9, wireType 2 =*/74).bytes(m.appHash);
                    if (m.lastResultsHash != null && $Object.hasOwnProperty.call(m, "lastResultsHash") && m.lastResultsHash.length)
                        w.uint32(/* id 10, wireType 2 =*/82).bytes(m.lastResultsHash);
                    if (m.proposerAddress != null && $Object.hasOwnProperty.call(m, "proposerAddress") && m.proposerAddress.length)
                        w.uint32(/* id 11, wireType 2 =*/90).bytes(m.proposerAddress);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Header & aivm.types.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Header();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.chainId = v;
                                else
                                    delete m.chainId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.time = $root.aivm.types.v1.Time.decode(r, r.size(), $undefined, q + 1, m.time);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.lastBlockHash = v;
                                else
                                    delete m.lastBlockHash;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.lastCommitHash = v;
                                else
                                    delete m.lastCommitHash;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.dataHash = v;
                                else
                                    delete m.dataHash;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.validatorsHash = v;
                                else
                                    delete m.validatorsHash;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.nextValidatorsHash = v;
                                else
                                    delete m.nextValidatorsHash;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.appHash = v;
                                else
                                    delete m.appHash;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.lastResultsHash = v;
                                else
                                    delete m.lastResultsHash;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.proposerAddress = v;
                                else
                                    delete m.proposerAddress;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Header message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Header} Header
                 */
                Header.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Header)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Header: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Header();
                    if (d.chainId != null) {
                        if (typeof d.chainId !== "string" || d.chainId.length) {
                            m.chainId = $String(d.chainId);
                        }
                    }
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.time != null) {
                        if (!$util.isObject(d.time))
                            throw $TypeError(".aivm.types.v1.Header.time: object expected");
                        m.time = $root.aivm.types.v1.Time.fromObject(d.time, q + 1);
                    }
                    if (d.lastBlockHash != null) {
                        if (d.lastBlockHash.length) {
                            if (typeof d.lastBlockHash === "string")
                                $util.base64.decode(d.lastBlockHash, m.lastBlockHash = $util.newBuffer($util.base64.length(d.lastBlockHash)), 0);
                            else if (d.lastBlockHash.length >= 0)
                                m.lastBlockHash = d.lastBlockHash;
                        }
                    }
                    if (d.lastCommitHash != null) {
                        if (d.lastCommitHash.length) {
                            if (typeof d.lastCommitHash === "string")
                                $util.base64.decode(d.lastCommitHash, m.lastCommitHash = $util.newBuffer($util.base64.length(d.lastCommitHash)), 0);
                            else if (d.lastCommitHash.length >= 0)
                                m.lastCommitHash = d.lastCommitHash;
                        }
                    }
                    if (d.dataHash != null) {
                        if (d.dataHash.length) {
                            if (typeof d.dataHash === "string")
                                $util.base64.decode(d.dataHash, m.dataHash = $util.newBuffer($util.base64.length(d.dataHash)), 0);
                            else if (d.dataHash.length >= 0)
                                m.dataHash = d.dataHash;
                        }
                    }
                    if (d.validatorsHash != null) {
                        if (d.validatorsHash.length) {
                            if (typeof d.validatorsHash === "string")
                                $util.base64.decode(d.validatorsHash, m.validatorsHash = $util.newBuffer($util.base64.length(d.validatorsHash)), 0);
                            else if (d.validatorsHash.length >= 0)
                                m.validatorsHash = d.validatorsHash;
                        }
                    }
                    if (d.nextValidatorsHash != null) {
                        if (d.nextValidatorsHash.length) {
                            if (typeof d.nextValidatorsHash === "string")
                                $util.base64.decode(d.nextValidatorsHash, m.nextValidatorsHash = $util.newBuffer($util.base64.length(d.nextValidatorsHash)), 0);
                            else if (d.nextValidatorsHash.length >= 0)
                                m.nextValidatorsHash = d.nextValidatorsHash;
                        }
                    }
                    if (d.appHash != null) {
                        if (d.appHash.length) {
                            if (typeof d.appHash === "string")
                                $util.base64.decode(d.appHash, m.appHash = $util.newBuffer($util.base64.length(d.appHash)), 0);
                            else if (d.appHash.length >= 0)
                                m.appHash = d.appHash;
                        }
                    }
                    if (d.lastResultsHash != null) {
                        if (d.lastResultsHash.length) {
                            if (typeof d.lastResultsHash === "string")
                                $util.base64.decode(d.lastResultsHash, m.lastResultsHash = $util.newBuffer($util.base64.length(d.lastResultsHash)), 0);
                            else if (d.lastResultsHash.length >= 0)
                                m.lastResultsHash = d.lastResultsHash;
                        }
                    }
                    if (d.proposerAddress != null) {
                        if (d.proposerAddress.length) {
                            if (typeof d.proposerAddress === "string")
                                $util.base64.decode(d.proposerAddress, m.proposerAddress = $util.newBuffer($util.base64.length(d.proposerAddress)), 0);
                            else if (d.proposerAddress.length >= 0)
                                m.proposerAddress = d.proposerAddress;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Header message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {aivm.types.v1.Header} m Header
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Header.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.chainId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.time = null;
                        if (o.bytes === $String)
                            d.lastBlockHash = "";
                        else {
                            d.lastBlockHash = [];
                            if (o.bytes !== $Array)
                                d.lastBlockHash = $util.newBuffer(d.lastBlockHash);
                        }
                        if (o.bytes === $String)
                            d.lastCommitHash = "";
                        else {
                            d.lastCommitHash = [];
                            if (o.bytes !== $Array)
                                d.lastCommitHash = $util.newBuffer(d.lastCommitHash);
                        }
                        if (o.bytes === $String)
                            d.dataHash = "";
                        else {
                            d.dataHash = [];
                            if (o.bytes !== $Array)
                                d.dataHash = $util.newBuffer(d.dataHash);
                        }
                        if (o.bytes === $String)
                            d.validatorsHash = "";
                        else {
                            d.validatorsHash = [];
                            if (o.bytes !== $Array)
                                d.validatorsHash = $util.newBuffer(d.validatorsHash);
                        }
                        if (o.bytes === $String)
                            d.nextValidatorsHash = "";
                        else {
                            d.nextValidatorsHash = [];
                            if (o.bytes !== $Array)
                                d.nextValidatorsHash = $util.newBuffer(d.nextValidatorsHash);
                        }
                        if (o.bytes === $String)
                            d.appHash = "";
                        else {
                            d.appHash = [];
                            if (o.bytes !== $Array)
                                d.appHash = $util.newBuffer(d.appHash);
                        }
                        if (o.bytes === $String)
                            d.lastResultsHash = "";
                        else {
                            d.lastResultsHash = [];
                            if (o.bytes !== $Array)
                                d.lastResultsHash = $util.newBuffer(d.lastResultsHash);
                        }
                        if (o.bytes === $String)
                            d.proposerAddress = "";
                        else {
                            d.proposerAddress = [];
                            if (o.bytes !== $Array)
                                d.proposerAddress = $util.newBuffer(d.proposerAddress);
                        }
                    }
                    if (m.chainId != null && $Object.hasOwnProperty.call(m, "chainId")) {
                        d.chainId = m.chainId;
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.time != null && $Object.hasOwnProperty.call(m, "time")) {
                        d.time = $root.aivm.types.v1.Time.toObject(m.time, o, q + 1);
                    }
                    if (m.lastBlockHash != null && $Object.hasOwnProperty.call(m, "lastBlockHash")) {
                        d.lastBlockHash = o.bytes === $String ? $util.base64.encode(m.lastBlockHash, 0, m.lastBlockHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.lastBlockHash) : m.lastBlockHash;
                    }
                    if (m.lastCommitHash != null && $Object.hasOwnProperty.call(m, "lastCommitHash")) {
                        d.lastCommitHash = o.bytes === $String ? $util.base64.encode(m.lastCommitHash, 0, m.lastCommitHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.lastCommitHash) : m.lastCommitHash;
                    }
                    if (m.dataHash != null && $Object.hasOwnProperty.call(m, "dataHash")) {
                        d.dataHash = o.bytes === $String ? $util.base64.encode(m.dataHash, 0, m.dataHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.dataHash) : m.dataHash;
                    }
                    if (m.validatorsHash != null && $Object.hasOwnProperty.call(m, "validatorsHash")) {
                        d.validatorsHash = o.bytes === $String ? $util.base64.encode(m.validatorsHash, 0, m.validatorsHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.validatorsHash) : m.validatorsHash;
                    }
                    if (m.nextValidatorsHash != null && $Object.hasOwnProperty.call(m, "nextValidatorsHash")) {
                        d.nextValidatorsHash = o.bytes === $String ? $util.base64.encode(m.nextValidatorsHash, 0, m.nextValidatorsHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nextValidatorsHash) : m.nextValidatorsHash;
                    }
                    if (m.appHash != null && $Object.hasOwnProperty.call(m, "appHash")) {
                        d.appHash = o.bytes === $String ? $util.base64.encode(m.appHash, 0, m.appHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.appHash) : m.appHash;
                    }
                    if (m.lastResultsHash != null && $Object.hasOwnProperty.call(m, "lastResultsHash")) {
                        d.lastResultsHash = o.bytes === $String ? $util.base64.encode(m.lastResultsHash, 0, m.lastResultsHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.lastResultsHash) : m.lastResultsHash;
                    }
                    if (m.proposerAddress != null && $Object.hasOwnProperty.call(m, "proposerAddress")) {
                        d.proposerAddress = o.bytes === $String ? $util.base64.encode(m.proposerAddress, 0, m.proposerAddress.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.proposerAddress) : m.proposerAddress;
                    }
                    return d;
                };

                /**
                 * Converts this Header to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Header
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Header.prototype.toJSON = function() {
                    return Header.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Header
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Header
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Header.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Header";
                };

                return Header;
            })();

            v1.Block = (function() {

                /**
                 * Properties of a Block.
                 * @typedef {Object} aivm.types.v1.Block.$Properties
                 * @property {aivm.types.v1.Header.$Properties|null} [header] Block header
                 * @property {Array.<Uint8Array>|null} [txs] Block txs
                 * @property {aivm.types.v1.Commit.$Properties|null} [lastCommit] Block lastCommit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Block.
                 * @memberof aivm.types.v1
                 * @interface IBlock
                 * @augments aivm.types.v1.Block.$Properties
                 * @deprecated Use aivm.types.v1.Block.$Properties instead.
                 */

                /**
                 * Shape of a Block.
                 * @typedef {aivm.types.v1.Block.$Properties} aivm.types.v1.Block.$Shape
                 */

                /**
                 * Constructs a new Block.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Block.
                 * @constructor
                 * @param {aivm.types.v1.Block.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Block = function (p) {
                    this.txs = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Block header.
                 * @member {aivm.types.v1.Header.$Properties|null|undefined} header
                 * @memberof aivm.types.v1.Block
                 * @instance
                 */
                Block.prototype.header = null;

                /**
                 * Block txs.
                 * @member {Array.<Uint8Array>} txs
                 * @memberof aivm.types.v1.Block
                 * @instance
                 */
                Block.prototype.txs = $util.emptyArray;

                /**
                 * Block lastCommit.
                 * @member {aivm.types.v1.Commit.$Properties|null|undefined} lastCommit
                 * @memberof aivm.types.v1.Block
                 * @instance
                 */
                Block.prototype.lastCommit = null;

                /**
                 * Creates a new Block instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {aivm.types.v1.Block.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Block} Block instance
                 * @type {{
                 *   (properties: aivm.types.v1.Block.$Shape): aivm.types.v1.Block & aivm.types.v1.Block.$Shape;
                 *   (properties?: aivm.types.v1.Block.$Properties): aivm.types.v1.Block;
                 * }}
                 */
                Block.create = function(properties) {
                    return new Block(properties);
                };

                /**
                 * Encodes the specified Block message. Does not implicitly {@link aivm.types.v1.Block.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {aivm.types.v1.Block.$Properties} m Block message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Block.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.header != null && $Object.hasOwnProperty.call(m, "header"))
                        $root.aivm.types.v1.Header.encode(m.header, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.txs != null && m.txs.length) {
                        for (var i = 0; i < m.txs.length; ++i)
                            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.txs[i]);
                    }
                    if (m.lastCommit != null && $Object.hasOwnProperty.call(m, "lastCommit"))
                        $root.aivm.types.v1.Commit.encode(m.lastCommit, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Block message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Block & aivm.types.v1.Block.$Shape} Block
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Block.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Block();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.header = $root.aivm.types.v1.Header.decode(r, r.size(), $undefined, q + 1, m.header);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.txs && m.txs.length))
                                    m.txs = [];
                                m.txs.push(r.bytes());
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.lastCommit = $root.aivm.types.v1.Commit.decode(r, r.size(), $undefined, q + 1, m.lastCommit);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Block message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Block} Block
                 */
                Block.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Block)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Block: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Block();
                    if (d.header != null) {
                        if (!$util.isObject(d.header))
                            throw $TypeError(".aivm.types.v1.Block.header: object expected");
                        m.header = $root.aivm.types.v1.Header.fromObject(d.header, q + 1);
                    }
                    if (d.txs) {
                        if (!$Array.isArray(d.txs))
                            throw $TypeError(".aivm.types.v1.Block.txs: array expected");
                        m.txs = $Array(d.txs.length);
                        for (var i = 0; i < d.txs.length; ++i) {
                            if (typeof d.txs[i] === "string")
                                $util.base64.decode(d.txs[i], m.txs[i] = $util.newBuffer($util.base64.length(d.txs[i])), 0);
                            else if (d.txs[i].length >= 0)
                                m.txs[i] = d.txs[i];
                        }
                    }
                    if (d.lastCommit != null) {
                        if (!$util.isObject(d.lastCommit))
                            throw $TypeError(".aivm.types.v1.Block.lastCommit: object expected");
                        m.lastCommit = $root.aivm.types.v1.Commit.fromObject(d.lastCommit, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Block message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {aivm.types.v1.Block} m Block
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Block.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.txs = [];
                    }
                    if (o.defaults) {
                        d.header = null;
                        d.lastCommit = null;
                    }
                    if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                        d.header = $root.aivm.types.v1.Header.toObject(m.header, o, q + 1);
                    }
                    if (m.txs && m.txs.length) {
                        d.txs = $Array(m.txs.length);
                        for (var j = 0; j < m.txs.length; ++j) {
                            d.txs[j] = o.bytes === $String ? $util.base64.encode(m.txs[j], 0, m.txs[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.txs[j]) : m.txs[j];
                        }
                    }
                    if (m.lastCommit != null && $Object.hasOwnProperty.call(m, "lastCommit")) {
                        d.lastCommit = $root.aivm.types.v1.Commit.toObject(m.lastCommit, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this Block to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Block
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Block.prototype.toJSON = function() {
                    return Block.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Block
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Block
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Block.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Block";
                };

                return Block;
            })();

            /**
             * BlockIdFlag enum.
             * @name aivm.types.v1.BlockIdFlag
             * @enum {number}
             * @property {number} BLOCK_ID_FLAG_UNKNOWN=0 BLOCK_ID_FLAG_UNKNOWN value
             * @property {number} BLOCK_ID_FLAG_ABSENT=1 BLOCK_ID_FLAG_ABSENT value
             * @property {number} BLOCK_ID_FLAG_COMMIT=2 BLOCK_ID_FLAG_COMMIT value
             * @property {number} BLOCK_ID_FLAG_NIL=3 BLOCK_ID_FLAG_NIL value
             */
            v1.BlockIdFlag = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BLOCK_ID_FLAG_UNKNOWN"] = 0;
                values[valuesById[1] = "BLOCK_ID_FLAG_ABSENT"] = 1;
                values[valuesById[2] = "BLOCK_ID_FLAG_COMMIT"] = 2;
                values[valuesById[3] = "BLOCK_ID_FLAG_NIL"] = 3;
                return values;
            })();

            v1.CommitSig = (function() {

                /**
                 * Properties of a CommitSig.
                 * @typedef {Object} aivm.types.v1.CommitSig.$Properties
                 * @property {aivm.types.v1.BlockIdFlag|null} [blockIdFlag] CommitSig blockIdFlag
                 * @property {Uint8Array|null} [validatorAddress] CommitSig validatorAddress
                 * @property {aivm.types.v1.Time.$Properties|null} [timestamp] CommitSig timestamp
                 * @property {Uint8Array|null} [signature] CommitSig signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitSig.
                 * @memberof aivm.types.v1
                 * @interface ICommitSig
                 * @augments aivm.types.v1.CommitSig.$Properties
                 * @deprecated Use aivm.types.v1.CommitSig.$Properties instead.
                 */

                /**
                 * Shape of a CommitSig.
                 * @typedef {aivm.types.v1.CommitSig.$Properties} aivm.types.v1.CommitSig.$Shape
                 */

                /**
                 * Constructs a new CommitSig.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a CommitSig.
                 * @constructor
                 * @param {aivm.types.v1.CommitSig.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommitSig = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CommitSig blockIdFlag.
                 * @member {aivm.types.v1.BlockIdFlag} blockIdFlag
                 * @memberof aivm.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.blockIdFlag = 0;

                /**
                 * CommitSig validatorAddress.
                 * @member {Uint8Array} validatorAddress
                 * @memberof aivm.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.validatorAddress = $util.newBuffer([]);

                /**
                 * CommitSig timestamp.
                 * @member {aivm.types.v1.Time.$Properties|null|undefined} timestamp
                 * @memberof aivm.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.timestamp = null;

                /**
                 * CommitSig signature.
                 * @member {Uint8Array} signature
                 * @memberof aivm.types.v1.CommitSig
                 * @instance
                 */
                CommitSig.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new CommitSig instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {aivm.types.v1.CommitSig.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.CommitSig} CommitSig instance
                 * @type {{
                 *   (properties: aivm.types.v1.CommitSig.$Shape): aivm.types.v1.CommitSig & aivm.types.v1.CommitSig.$Shape;
                 *   (properties?: aivm.types.v1.CommitSig.$Properties): aivm.types.v1.CommitSig;
                 * }}
                 */
                CommitSig.create = function(properties) {
                    return new CommitSig(properties);
                };

                /**
                 * Encodes the specified CommitSig message. Does not implicitly {@link aivm.types.v1.CommitSig.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {aivm.types.v1.CommitSig.$Properties} m CommitSig message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSig.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.blockIdFlag != null && $Object.hasOwnProperty.call(m, "blockIdFlag") && m.blockIdFlag !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.blockIdFlag);
                    if (m.validatorAddress != null && $Object.hasOwnProperty.call(m, "validatorAddress") && m.validatorAddress.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.validatorAddress);
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                        $root.aivm.types.v1.Time.encode(m.timestamp, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.signature);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a CommitSig message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.CommitSig & aivm.types.v1.CommitSig.$Shape} CommitSig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSig.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.CommitSig();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.blockIdFlag = v;
                                else
                                    delete m.blockIdFlag;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.validatorAddress = v;
                                else
                                    delete m.validatorAddress;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.timestamp = $root.aivm.types.v1.Time.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.signature = v;
                                else
                                    delete m.signature;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a CommitSig message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.CommitSig} CommitSig
                 */
                CommitSig.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.CommitSig)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.CommitSig: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.CommitSig();
                    if (d.blockIdFlag !== 0 && (typeof d.blockIdFlag !== "string" || $root.aivm.types.v1.BlockIdFlag[d.blockIdFlag] !== 0)) {
                        switch (d.blockIdFlag) {
                        case "BLOCK_ID_FLAG_UNKNOWN":
                        case 0:
                            m.blockIdFlag = 0;
                            break;
                        case "BLOCK_ID_FLAG_ABSENT":
                        case 1:
                            m.blockIdFlag = 1;
                            break;
                        case "BLOCK_ID_FLAG_COMMIT":
                        case 2:
                            m.blockIdFlag = 2;
                            break;
                        case "BLOCK_ID_FLAG_NIL":
                        case 3:
                            m.blockIdFlag = 3;
                            break;
                        default:
                            if (typeof d.blockIdFlag === "number" && (d.blockIdFlag | 0) === d.blockIdFlag)
                                m.blockIdFlag = d.blockIdFlag;
                        }
                    }
                    if (d.validatorAddress != null) {
                        if (d.validatorAddress.length) {
                            if (typeof d.validatorAddress === "string")
                                $util.base64.decode(d.validatorAddress, m.validatorAddress = $util.newBuffer($util.base64.length(d.validatorAddress)), 0);
                            else if (d.validatorAddress.length >= 0)
                                m.validatorAddress = d.validatorAddress;
                        }
                    }
                    if (d.timestamp != null) {
                        if (!$util.isObject(d.timestamp))
                            throw $TypeError(".aivm.types.v1.CommitSig.timestamp: object expected");
                        m.timestamp = $root.aivm.types.v1.Time.fromObject(d.timestamp, q + 1);
                    }
                    if (d.signature != null) {
                        if (d.signature.length) {
                            if (typeof d.signature === "string")
                                $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                            else if (d.signature.length >= 0)
                                m.signature = d.signature;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CommitSig message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {aivm.types.v1.CommitSig} m CommitSig
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommitSig.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.blockIdFlag = o.enums === $String ? "BLOCK_ID_FLAG_UNKNOWN" : 0;
                        if (o.bytes === $String)
                            d.validatorAddress = "";
                        else {
                            d.validatorAddress = [];
                            if (o.bytes !== $Array)
                                d.validatorAddress = $util.newBuffer(d.validatorAddress);
                        }
                        d.timestamp = null;
                        if (o.bytes === $String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== $Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.blockIdFlag != null && $Object.hasOwnProperty.call(m, "blockIdFlag")) {
                        d.blockIdFlag = o.enums === $String ? $root.aivm.types.v1.BlockIdFlag[m.blockIdFlag] === $undefined ? m.blockIdFlag : $root.aivm.types.v1.BlockIdFlag[m.blockIdFlag] : m.blockIdFlag;
                    }
                    if (m.validatorAddress != null && $Object.hasOwnProperty.call(m, "validatorAddress")) {
                        d.validatorAddress = o.bytes === $String ? $util.base64.encode(m.validatorAddress, 0, m.validatorAddress.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.validatorAddress) : m.validatorAddress;
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        d.timestamp = $root.aivm.types.v1.Time.toObject(m.timestamp, o, q + 1);
                    }
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this CommitSig to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.CommitSig
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommitSig.prototype.toJSON = function() {
                    return CommitSig.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommitSig
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.CommitSig
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitSig.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.CommitSig";
                };

                return CommitSig;
            })();

            v1.Commit = (function() {

                /**
                 * Properties of a Commit.
                 * @typedef {Object} aivm.types.v1.Commit.$Properties
                 * @property {number|null} [height] Commit height
                 * @property {number|null} [round] Commit round
                 * @property {Uint8Array|null} [blockHash] Commit blockHash
                 * @property {Array.<aivm.types.v1.CommitSig.$Properties>|null} [signatures] Commit signatures
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Commit.
                 * @memberof aivm.types.v1
                 * @interface ICommit
                 * @augments aivm.types.v1.Commit.$Properties
                 * @deprecated Use aivm.types.v1.Commit.$Properties instead.
                 */

                /**
                 * Shape of a Commit.
                 * @typedef {aivm.types.v1.Commit.$Properties} aivm.types.v1.Commit.$Shape
                 */

                /**
                 * Constructs a new Commit.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Commit.
                 * @constructor
                 * @param {aivm.types.v1.Commit.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Commit = function (p) {
                    this.signatures = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Commit height.
                 * @member {number} height
                 * @memberof aivm.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Commit round.
                 * @member {number} round
                 * @memberof aivm.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.round = 0;

                /**
                 * Commit blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof aivm.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Commit signatures.
                 * @member {Array.<aivm.types.v1.CommitSig.$Properties>} signatures
                 * @memberof aivm.types.v1.Commit
                 * @instance
                 */
                Commit.prototype.signatures = $util.emptyArray;

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {aivm.types.v1.Commit.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Commit} Commit instance
                 * @type {{
                 *   (properties: aivm.types.v1.Commit.$Shape): aivm.types.v1.Commit & aivm.types.v1.Commit.$Shape;
                 *   (properties?: aivm.types.v1.Commit.$Properties): aivm.types.v1.Commit;
                 * }}
                 */
                Commit.create = function(properties) {
                    return new Commit(properties);
                };

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link aivm.types.v1.Commit.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {aivm.types.v1.Commit.$Properties} m Commit message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Commit.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.height);
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.round);
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash") && m.blockHash.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.blockHash);
                    if (m.signatures != null && m.signatures.length) {
                        for (var i = 0; i < m.signatures.length; ++i)
                            $root.aivm.types.v1.CommitSig.encode(m.signatures[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Commit & aivm.types.v1.Commit.$Shape} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Commit.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Commit();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.round = v;
                                else
                                    delete m.round;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.blockHash = v;
                                else
                                    delete m.blockHash;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.signatures && m.signatures.length))
                                    m.signatures = [];
                                m.signatures.push($root.aivm.types.v1.CommitSig.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Commit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Commit} Commit
                 */
                Commit.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Commit)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Commit: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Commit();
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.round != null) {
                        if ($Number(d.round) !== 0) {
                            m.round = d.round | 0;
                        }
                    }
                    if (d.blockHash != null) {
                        if (d.blockHash.length) {
                            if (typeof d.blockHash === "string")
                                $util.base64.decode(d.blockHash, m.blockHash = $util.newBuffer($util.base64.length(d.blockHash)), 0);
                            else if (d.blockHash.length >= 0)
                                m.blockHash = d.blockHash;
                        }
                    }
                    if (d.signatures) {
                        if (!$Array.isArray(d.signatures))
                            throw $TypeError(".aivm.types.v1.Commit.signatures: array expected");
                        m.signatures = $Array(d.signatures.length);
                        for (var i = 0; i < d.signatures.length; ++i) {
                            if (!$util.isObject(d.signatures[i]))
                                throw $TypeError(".aivm.types.v1.Commit.signatures: object expected");
                            m.signatures[i] = $root.aivm.types.v1.CommitSig.fromObject(d.signatures[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Commit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {aivm.types.v1.Commit} m Commit
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Commit.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.signatures = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.round = 0;
                        if (o.bytes === $String)
                            d.blockHash = "";
                        else {
                            d.blockHash = [];
                            if (o.bytes !== $Array)
                                d.blockHash = $util.newBuffer(d.blockHash);
                        }
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                        d.round = m.round;
                    }
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash")) {
                        d.blockHash = o.bytes === $String ? $util.base64.encode(m.blockHash, 0, m.blockHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockHash) : m.blockHash;
                    }
                    if (m.signatures && m.signatures.length) {
                        d.signatures = $Array(m.signatures.length);
                        for (var j = 0; j < m.signatures.length; ++j) {
                            d.signatures[j] = $root.aivm.types.v1.CommitSig.toObject(m.signatures[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Commit to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Commit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Commit.prototype.toJSON = function() {
                    return Commit.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Commit
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Commit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Commit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Commit";
                };

                return Commit;
            })();

            /**
             * SignedMsgType enum.
             * @name aivm.types.v1.SignedMsgType
             * @enum {number}
             * @property {number} SIGNED_MSG_TYPE_UNKNOWN=0 SIGNED_MSG_TYPE_UNKNOWN value
             * @property {number} SIGNED_MSG_TYPE_PREVOTE=1 SIGNED_MSG_TYPE_PREVOTE value
             * @property {number} SIGNED_MSG_TYPE_PRECOMMIT=2 SIGNED_MSG_TYPE_PRECOMMIT value
             * @property {number} SIGNED_MSG_TYPE_PROPOSAL=32 SIGNED_MSG_TYPE_PROPOSAL value
             */
            v1.SignedMsgType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SIGNED_MSG_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "SIGNED_MSG_TYPE_PREVOTE"] = 1;
                values[valuesById[2] = "SIGNED_MSG_TYPE_PRECOMMIT"] = 2;
                values[valuesById[32] = "SIGNED_MSG_TYPE_PROPOSAL"] = 32;
                return values;
            })();

            v1.Vote = (function() {

                /**
                 * Properties of a Vote.
                 * @typedef {Object} aivm.types.v1.Vote.$Properties
                 * @property {aivm.types.v1.SignedMsgType|null} [type] Vote type
                 * @property {number|null} [height] Vote height
                 * @property {number|null} [round] Vote round
                 * @property {Uint8Array|null} [blockHash] Vote blockHash
                 * @property {aivm.types.v1.Time.$Properties|null} [timestamp] Vote timestamp
                 * @property {Uint8Array|null} [validatorAddress] Vote validatorAddress
                 * @property {Uint8Array|null} [signature] Vote signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Vote.
                 * @memberof aivm.types.v1
                 * @interface IVote
                 * @augments aivm.types.v1.Vote.$Properties
                 * @deprecated Use aivm.types.v1.Vote.$Properties instead.
                 */

                /**
                 * Shape of a Vote.
                 * @typedef {aivm.types.v1.Vote.$Properties} aivm.types.v1.Vote.$Shape
                 */

                /**
                 * Constructs a new Vote.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Vote.
                 * @constructor
                 * @param {aivm.types.v1.Vote.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Vote = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Vote type.
                 * @member {aivm.types.v1.SignedMsgType} type
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.type = 0;

                /**
                 * Vote height.
                 * @member {number} height
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Vote round.
                 * @member {number} round
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.round = 0;

                /**
                 * Vote blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Vote timestamp.
                 * @member {aivm.types.v1.Time.$Properties|null|undefined} timestamp
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.timestamp = null;

                /**
                 * Vote validatorAddress.
                 * @member {Uint8Array} validatorAddress
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.validatorAddress = $util.newBuffer([]);

                /**
                 * Vote signature.
                 * @member {Uint8Array} signature
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 */
                Vote.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Vote instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {aivm.types.v1.Vote.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Vote} Vote instance
                 * @type {{
                 *   (properties: aivm.types.v1.Vote.$Shape): aivm.types.v1.Vote & aivm.types.v1.Vote.$Shape;
                 *   (properties?: aivm.types.v1.Vote.$Properties): aivm.types.v1.Vote;
                 * }}
                 */
                Vote.create = function(properties) {
                    return new Vote(properties);
                };

                /**
                 * Encodes the specified Vote message. Does not implicitly {@link aivm.types.v1.Vote.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {aivm.types.v1.Vote.$Properties} m Vote message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Vote.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).int64(m.height);
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.round);
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash") && m.blockHash.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.blockHash);
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                        $root.aivm.types.v1.Time.encode(m.timestamp, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.validatorAddress != null && $Object.hasOwnProperty.call(m, "validatorAddress") && m.validatorAddress.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.validatorAddress);
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.signature);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Vote message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Vote & aivm.types.v1.Vote.$Shape} Vote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Vote.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Vote();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.round = v;
                                else
                                    delete m.round;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.blockHash = v;
                                else
                                    delete m.blockHash;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                m.timestamp = $root.aivm.types.v1.Time.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.validatorAddress = v;
                                else
                                    delete m.validatorAddress;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.signature = v;
                                else
                                    delete m.signature;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Vote message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Vote} Vote
                 */
                Vote.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Vote)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Vote: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Vote();
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.aivm.types.v1.SignedMsgType[d.type] !== 0)) {
                        switch (d.type) {
                        case "SIGNED_MSG_TYPE_UNKNOWN":
                        case 0:
                            m.type = 0;
                            break;
                        case "SIGNED_MSG_TYPE_PREVOTE":
                        case 1:
                            m.type = 1;
                            break;
                        case "SIGNED_MSG_TYPE_PRECOMMIT":
                        case 2:
                            m.type = 2;
                            break;
                        case "SIGNED_MSG_TYPE_PROPOSAL":
                        case 32:
                            m.type = 32;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.round != null) {
                        if ($Number(d.round) !== 0) {
                            m.round = d.round | 0;
                        }
                    }
                    if (d.blockHash != null) {
                        if (d.blockHash.length) {
                            if (typeof d.blockHash === "string")
                                $util.base64.decode(d.blockHash, m.blockHash = $util.newBuffer($util.base64.length(d.blockHash)), 0);
                            else if (d.blockHash.length >= 0)
                                m.blockHash = d.blockHash;
                        }
                    }
                    if (d.timestamp != null) {
                        if (!$util.isObject(d.timestamp))
                            throw $TypeError(".aivm.types.v1.Vote.timestamp: object expected");
                        m.timestamp = $root.aivm.types.v1.Time.fromObject(d.timestamp, q + 1);
                    }
                    if (d.validatorAddress != null) {
                        if (d.validatorAddress.length) {
                            if (typeof d.validatorAddress === "string")
                                $util.base64.decode(d.validatorAddress, m.validatorAddress = $util.newBuffer($util.base64.length(d.validatorAddress)), 0);
                            else if (d.validatorAddress.length >= 0)
                                m.validatorAddress = d.validatorAddress;
                        }
                    }
                    if (d.signature != null) {
                        if (d.signature.length) {
                            if (typeof d.signature === "string")
                                $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                            else if (d.signature.length >= 0)
                                m.signature = d.signature;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Vote message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {aivm.types.v1.Vote} m Vote
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Vote.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.type = o.enums === $String ? "SIGNED_MSG_TYPE_UNKNOWN" : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.round = 0;
                        if (o.bytes === $String)
                            d.blockHash = "";
                        else {
                            d.blockHash = [];
                            if (o.bytes !== $Array)
                                d.blockHash = $util.newBuffer(d.blockHash);
                        }
                        d.timestamp = null;
                        if (o.bytes === $String)
                            d.validatorAddress = "";
                        else {
                            d.validatorAddress = [];
                            if (o.bytes !== $Array)
                                d.validatorAddress = $util.newBuffer(d.validatorAddress);
                        }
                        if (o.bytes === $String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== $Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.aivm.types.v1.SignedMsgType[m.type] === $undefined ? m.type : $root.aivm.types.v1.SignedMsgType[m.type] : m.type;
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                        d.round = m.round;
                    }
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash")) {
                        d.blockHash = o.bytes === $String ? $util.base64.encode(m.blockHash, 0, m.blockHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockHash) : m.blockHash;
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        d.timestamp = $root.aivm.types.v1.Time.toObject(m.timestamp, o, q + 1);
                    }
                    if (m.validatorAddress != null && $Object.hasOwnProperty.call(m, "validatorAddress")) {
                        d.validatorAddress = o.bytes === $String ? $util.base64.encode(m.validatorAddress, 0, m.validatorAddress.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.validatorAddress) : m.validatorAddress;
                    }
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this Vote to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Vote
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Vote.prototype.toJSON = function() {
                    return Vote.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Vote
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Vote
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Vote.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Vote";
                };

                return Vote;
            })();

            v1.Proposal = (function() {

                /**
                 * Properties of a Proposal.
                 * @typedef {Object} aivm.types.v1.Proposal.$Properties
                 * @property {number|null} [height] Proposal height
                 * @property {number|null} [round] Proposal round
                 * @property {number|null} [polRound] Proposal polRound
                 * @property {Uint8Array|null} [blockHash] Proposal blockHash
                 * @property {aivm.types.v1.Time.$Properties|null} [timestamp] Proposal timestamp
                 * @property {Uint8Array|null} [signature] Proposal signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Proposal.
                 * @memberof aivm.types.v1
                 * @interface IProposal
                 * @augments aivm.types.v1.Proposal.$Properties
                 * @deprecated Use aivm.types.v1.Proposal.$Properties instead.
                 */

                /**
                 * Shape of a Proposal.
                 * @typedef {aivm.types.v1.Proposal.$Properties} aivm.types.v1.Proposal.$Shape
                 */

                /**
                 * Constructs a new Proposal.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Proposal.
                 * @constructor
                 * @param {aivm.types.v1.Proposal.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Proposal = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Proposal height.
                 * @member {number} height
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Proposal round.
                 * @member {number} round
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.round = 0;

                /**
                 * Proposal polRound.
                 * @member {number} polRound
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.polRound = 0;

                /**
                 * Proposal blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.blockHash = $util.newBuffer([]);

                /**
                 * Proposal timestamp.
                 * @member {aivm.types.v1.Time.$Properties|null|undefined} timestamp
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.timestamp = null;

                /**
                 * Proposal signature.
                 * @member {Uint8Array} signature
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {aivm.types.v1.Proposal.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Proposal} Proposal instance
                 * @type {{
                 *   (properties: aivm.types.v1.Proposal.$Shape): aivm.types.v1.Proposal & aivm.types.v1.Proposal.$Shape;
                 *   (properties?: aivm.types.v1.Proposal.$Properties): aivm.types.v1.Proposal;
                 * }}
                 */
                Proposal.create = function(properties) {
                    return new Proposal(properties);
                };

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link aivm.types.v1.Proposal.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {aivm.types.v1.Proposal.$Properties} m Proposal message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Proposal.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.height);
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.round);
                    if (m.polRound != null && $Object.hasOwnProperty.call(m, "polRound") && m.polRound !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.polRound);
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash") && m.blockHash.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.blockHash);
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                        $root.aivm.types.v1.Time.encode(m.timestamp, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.signature);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Proposal & aivm.types.v1.Proposal.$Shape} Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Proposal.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Proposal();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.round = v;
                                else
                                    delete m.round;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.polRound = v;
                                else
                                    delete m.polRound;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.blockHash = v;
                                else
                                    delete m.blockHash;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                m.timestamp = $root.aivm.types.v1.Time.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.signature = v;
                                else
                                    delete m.signature;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Proposal} Proposal
                 */
                Proposal.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Proposal)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Proposal: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Proposal();
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.round != null) {
                        if ($Number(d.round) !== 0) {
                            m.round = d.round | 0;
                        }
                    }
                    if (d.polRound != null) {
                        if ($Number(d.polRound) !== 0) {
                            m.polRound = d.polRound | 0;
                        }
                    }
                    if (d.blockHash != null) {
                        if (d.blockHash.length) {
                            if (typeof d.blockHash === "string")
                                $util.base64.decode(d.blockHash, m.blockHash = $util.newBuffer($util.base64.length(d.blockHash)), 0);
                            else if (d.blockHash.length >= 0)
                                m.blockHash = d.blockHash;
                        }
                    }
                    if (d.timestamp != null) {
                        if (!$util.isObject(d.timestamp))
                            throw $TypeError(".aivm.types.v1.Proposal.timestamp: object expected");
                        m.timestamp = $root.aivm.types.v1.Time.fromObject(d.timestamp, q + 1);
                    }
                    if (d.signature != null) {
                        if (d.signature.length) {
                            if (typeof d.signature === "string")
                                $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                            else if (d.signature.length >= 0)
                                m.signature = d.signature;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Proposal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {aivm.types.v1.Proposal} m Proposal
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Proposal.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.round = 0;
                        d.polRound = 0;
                        if (o.bytes === $String)
                            d.blockHash = "";
                        else {
                            d.blockHash = [];
                            if (o.bytes !== $Array)
                                d.blockHash = $util.newBuffer(d.blockHash);
                        }
                        d.timestamp = null;
                        if (o.bytes === $String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== $Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                        d.round = m.round;
                    }
                    if (m.polRound != null && $Object.hasOwnProperty.call(m, "polRound")) {
                        d.polRound = m.polRound;
                    }
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash")) {
                        d.blockHash = o.bytes === $String ? $util.base64.encode(m.blockHash, 0, m.blockHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockHash) : m.blockHash;
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        d.timestamp = $root.aivm.types.v1.Time.toObject(m.timestamp, o, q + 1);
                    }
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this Proposal to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Proposal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Proposal.prototype.toJSON = function() {
                    return Proposal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Proposal
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Proposal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Proposal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Proposal";
                };

                return Proposal;
            })();

            v1.CanonicalSignBytes = (function() {

                /**
                 * Properties of a CanonicalSignBytes.
                 * @typedef {Object} aivm.types.v1.CanonicalSignBytes.$Properties
                 * @property {aivm.types.v1.SignedMsgType|null} [type] CanonicalSignBytes type
                 * @property {number|null} [height] CanonicalSignBytes height
                 * @property {number|null} [round] CanonicalSignBytes round
                 * @property {number|null} [polRound] CanonicalSignBytes polRound
                 * @property {Uint8Array|null} [blockHash] CanonicalSignBytes blockHash
                 * @property {aivm.types.v1.Time.$Properties|null} [timestamp] CanonicalSignBytes timestamp
                 * @property {string|null} [chainId] CanonicalSignBytes chainId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanonicalSignBytes.
                 * @memberof aivm.types.v1
                 * @interface ICanonicalSignBytes
                 * @augments aivm.types.v1.CanonicalSignBytes.$Properties
                 * @deprecated Use aivm.types.v1.CanonicalSignBytes.$Properties instead.
                 */

                /**
                 * Shape of a CanonicalSignBytes.
                 * @typedef {aivm.types.v1.CanonicalSignBytes.$Properties} aivm.types.v1.CanonicalSignBytes.$Shape
                 */

                /**
                 * Constructs a new CanonicalSignBytes.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a CanonicalSignBytes.
                 * @constructor
                 * @param {aivm.types.v1.CanonicalSignBytes.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanonicalSignBytes = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CanonicalSignBytes type.
                 * @member {aivm.types.v1.SignedMsgType} type
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.type = 0;

                /**
                 * CanonicalSignBytes height.
                 * @member {number} height
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CanonicalSignBytes round.
                 * @member {number} round
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.round = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CanonicalSignBytes polRound.
                 * @member {number} polRound
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.polRound = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CanonicalSignBytes blockHash.
                 * @member {Uint8Array} blockHash
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.blockHash = $util.newBuffer([]);

                /**
                 * CanonicalSignBytes timestamp.
                 * @member {aivm.types.v1.Time.$Properties|null|undefined} timestamp
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.timestamp = null;

                /**
                 * CanonicalSignBytes chainId.
                 * @member {string} chainId
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 */
                CanonicalSignBytes.prototype.chainId = "";

                /**
                 * Creates a new CanonicalSignBytes instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {aivm.types.v1.CanonicalSignBytes.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.CanonicalSignBytes} CanonicalSignBytes instance
                 * @type {{
                 *   (properties: aivm.types.v1.CanonicalSignBytes.$Shape): aivm.types.v1.CanonicalSignBytes & aivm.types.v1.CanonicalSignBytes.$Shape;
                 *   (properties?: aivm.types.v1.CanonicalSignBytes.$Properties): aivm.types.v1.CanonicalSignBytes;
                 * }}
                 */
                CanonicalSignBytes.create = function(properties) {
                    return new CanonicalSignBytes(properties);
                };

                /**
                 * Encodes the specified CanonicalSignBytes message. Does not implicitly {@link aivm.types.v1.CanonicalSignBytes.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {aivm.types.v1.CanonicalSignBytes.$Properties} m CanonicalSignBytes message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanonicalSignBytes.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 2, wireType 1 =*/17).sfixed64(m.height);
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round") && (typeof m.round === "object" ? m.round.low || m.round.high : m.round !== 0))
                        w.uint32(/* id 3, wireType 1 =*/25).sfixed64(m.round);
                    if (m.polRound != null && $Object.hasOwnProperty.call(m, "polRound") && (typeof m.polRound === "object" ? m.polRound.low || m.polRound.high : m.polRound !== 0))
                        w.uint32(/* id 4, wireType 1 =*/33).sfixed64(m.polRound);
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash") && m.blockHash.length)
                        w.uint32(/* id 5, wireType 2 =*/42).bytes(m.blockHash);
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                        $root.aivm.types.v1.Time.encode(m.timestamp, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (m.chainId != null && $Object.hasOwnProperty.call(m, "chainId") && m.chainId !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.chainId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a CanonicalSignBytes message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.CanonicalSignBytes & aivm.types.v1.CanonicalSignBytes.$Shape} CanonicalSignBytes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanonicalSignBytes.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.CanonicalSignBytes();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 2: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.sfixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 3: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.sfixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.round = v;
                                else
                                    delete m.round;
                                continue;
                            }
                        case 4: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.sfixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.polRound = v;
                                else
                                    delete m.polRound;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.blockHash = v;
                                else
                                    delete m.blockHash;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                m.timestamp = $root.aivm.types.v1.Time.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.chainId = v;
                                else
                                    delete m.chainId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a CanonicalSignBytes message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.CanonicalSignBytes} CanonicalSignBytes
                 */
                CanonicalSignBytes.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.CanonicalSignBytes)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.CanonicalSignBytes: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.CanonicalSignBytes();
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.aivm.types.v1.SignedMsgType[d.type] !== 0)) {
                        switch (d.type) {
                        case "SIGNED_MSG_TYPE_UNKNOWN":
                        case 0:
                            m.type = 0;
                            break;
                        case "SIGNED_MSG_TYPE_PREVOTE":
                        case 1:
                            m.type = 1;
                            break;
                        case "SIGNED_MSG_TYPE_PRECOMMIT":
                        case 2:
                            m.type = 2;
                            break;
                        case "SIGNED_MSG_TYPE_PROPOSAL":
                        case 32:
                            m.type = 32;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.round != null) {
                        if (typeof d.round === "object" ? d.round.low || d.round.high : $Number(d.round) !== 0) {
                            if ($util.Long)
                                m.round = $util.Long.fromValue(d.round, false);
                            else if (typeof d.round === "string")
                                m.round = $parseInt(d.round, 10);
                            else if (typeof d.round === "number")
                                m.round = d.round;
                            else if (typeof d.round === "object")
                                m.round = new $util.LongBits(d.round.low >>> 0, d.round.high >>> 0).toNumber();
                        }
                    }
                    if (d.polRound != null) {
                        if (typeof d.polRound === "object" ? d.polRound.low || d.polRound.high : $Number(d.polRound) !== 0) {
                            if ($util.Long)
                                m.polRound = $util.Long.fromValue(d.polRound, false);
                            else if (typeof d.polRound === "string")
                                m.polRound = $parseInt(d.polRound, 10);
                            else if (typeof d.polRound === "number")
                                m.polRound = d.polRound;
                            else if (typeof d.polRound === "object")
                                m.polRound = new $util.LongBits(d.polRound.low >>> 0, d.polRound.high >>> 0).toNumber();
                        }
                    }
                    if (d.blockHash != null) {
                        if (d.blockHash.length) {
                            if (typeof d.blockHash === "string")
                                $util.base64.decode(d.blockHash, m.blockHash = $util.newBuffer($util.base64.length(d.blockHash)), 0);
                            else if (d.blockHash.length >= 0)
                                m.blockHash = d.blockHash;
                        }
                    }
                    if (d.timestamp != null) {
                        if (!$util.isObject(d.timestamp))
                            throw $TypeError(".aivm.types.v1.CanonicalSignBytes.timestamp: object expected");
                        m.timestamp = $root.aivm.types.v1.Time.fromObject(d.timestamp, q + 1);
                    }
                    if (d.chainId != null) {
                        if (typeof d.chainId !== "string" || d.chainId.length) {
                            m.chainId = $String(d.chainId);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CanonicalSignBytes message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {aivm.types.v1.CanonicalSignBytes} m CanonicalSignBytes
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanonicalSignBytes.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.type = o.enums === $String ? "SIGNED_MSG_TYPE_UNKNOWN" : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.round = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.round = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.polRound = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.polRound = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.blockHash = "";
                        else {
                            d.blockHash = [];
                            if (o.bytes !== $Array)
                                d.blockHash = $util.newBuffer(d.blockHash);
                        }
                        d.timestamp = null;
                        d.chainId = "";
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.aivm.types.v1.SignedMsgType[m.type] === $undefined ? m.type : $root.aivm.types.v1.SignedMsgType[m.type] : m.type;
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.round = typeof m.round === "number" ? $BigInt(m.round) : $util.Long.fromBits(m.round.low >>> 0, m.round.high >>> 0, false).toBigInt();
                        else if (typeof m.round === "number")
                            d.round = o.longs === $String ? $String(m.round) : m.round;
                        else
                            d.round = o.longs === $String ? $util.Long.prototype.toString.call(m.round) : o.longs === $Number ? new $util.LongBits(m.round.low >>> 0, m.round.high >>> 0).toNumber() : m.round;
                    }
                    if (m.polRound != null && $Object.hasOwnProperty.call(m, "polRound")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.polRound = typeof m.polRound === "number" ? $BigInt(m.polRound) : $util.Long.fromBits(m.polRound.low >>> 0, m.polRound.high >>> 0, false).toBigInt();
                        else if (typeof m.polRound === "number")
                            d.polRound = o.longs === $String ? $String(m.polRound) : m.polRound;
                        else
                            d.polRound = o.longs === $String ? $util.Long.prototype.toString.call(m.polRound) : o.longs === $Number ? new $util.LongBits(m.polRound.low >>> 0, m.polRound.high >>> 0).toNumber() : m.polRound;
                    }
                    if (m.blockHash != null && $Object.hasOwnProperty.call(m, "blockHash")) {
                        d.blockHash = o.bytes === $String ? $util.base64.encode(m.blockHash, 0, m.blockHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockHash) : m.blockHash;
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        d.timestamp = $root.aivm.types.v1.Time.toObject(m.timestamp, o, q + 1);
                    }
                    if (m.chainId != null && $Object.hasOwnProperty.call(m, "chainId")) {
                        d.chainId = m.chainId;
                    }
                    return d;
                };

                /**
                 * Converts this CanonicalSignBytes to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanonicalSignBytes.prototype.toJSON = function() {
                    return CanonicalSignBytes.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CanonicalSignBytes
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.CanonicalSignBytes
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CanonicalSignBytes.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.CanonicalSignBytes";
                };

                return CanonicalSignBytes;
            })();

            v1.EventAttribute = (function() {

                /**
                 * Properties of an EventAttribute.
                 * @typedef {Object} aivm.types.v1.EventAttribute.$Properties
                 * @property {string|null} [key] EventAttribute key
                 * @property {string|null} [value] EventAttribute value
                 * @property {boolean|null} [index] EventAttribute index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EventAttribute.
                 * @memberof aivm.types.v1
                 * @interface IEventAttribute
                 * @augments aivm.types.v1.EventAttribute.$Properties
                 * @deprecated Use aivm.types.v1.EventAttribute.$Properties instead.
                 */

                /**
                 * Shape of an EventAttribute.
                 * @typedef {aivm.types.v1.EventAttribute.$Properties} aivm.types.v1.EventAttribute.$Shape
                 */

                /**
                 * Constructs a new EventAttribute.
                 * @memberof aivm.types.v1
                 * @classdesc Represents an EventAttribute.
                 * @constructor
                 * @param {aivm.types.v1.EventAttribute.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EventAttribute = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * EventAttribute key.
                 * @member {string} key
                 * @memberof aivm.types.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.key = "";

                /**
                 * EventAttribute value.
                 * @member {string} value
                 * @memberof aivm.types.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.value = "";

                /**
                 * EventAttribute index.
                 * @member {boolean} index
                 * @memberof aivm.types.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.index = false;

                /**
                 * Creates a new EventAttribute instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {aivm.types.v1.EventAttribute.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.EventAttribute} EventAttribute instance
                 * @type {{
                 *   (properties: aivm.types.v1.EventAttribute.$Shape): aivm.types.v1.EventAttribute & aivm.types.v1.EventAttribute.$Shape;
                 *   (properties?: aivm.types.v1.EventAttribute.$Properties): aivm.types.v1.EventAttribute;
                 * }}
                 */
                EventAttribute.create = function(properties) {
                    return new EventAttribute(properties);
                };

                /**
                 * Encodes the specified EventAttribute message. Does not implicitly {@link aivm.types.v1.EventAttribute.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {aivm.types.v1.EventAttribute.$Properties} m EventAttribute message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventAttribute.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.index);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an EventAttribute message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.EventAttribute & aivm.types.v1.EventAttribute.$Shape} EventAttribute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventAttribute.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.EventAttribute();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.key = v;
                                else
                                    delete m.key;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.value = v;
                                else
                                    delete m.value;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.index = v;
                                else
                                    delete m.index;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an EventAttribute message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.EventAttribute} EventAttribute
                 */
                EventAttribute.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.EventAttribute)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.EventAttribute: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.EventAttribute();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.value != null) {
                        if (typeof d.value !== "string" || d.value.length) {
                            m.value = $String(d.value);
                        }
                    }
                    if (d.index != null) {
                        if (d.index) {
                            m.index = $Boolean(d.index);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EventAttribute message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {aivm.types.v1.EventAttribute} m EventAttribute
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EventAttribute.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        d.value = "";
                        d.index = false;
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        d.index = m.index;
                    }
                    return d;
                };

                /**
                 * Converts this EventAttribute to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.EventAttribute
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EventAttribute.prototype.toJSON = function() {
                    return EventAttribute.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EventAttribute
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.EventAttribute
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EventAttribute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.EventAttribute";
                };

                return EventAttribute;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} aivm.types.v1.Event.$Properties
                 * @property {string|null} [type] Event type
                 * @property {Array.<aivm.types.v1.EventAttribute.$Properties>|null} [attributes] Event attributes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof aivm.types.v1
                 * @interface IEvent
                 * @augments aivm.types.v1.Event.$Properties
                 * @deprecated Use aivm.types.v1.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {aivm.types.v1.Event.$Properties} aivm.types.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof aivm.types.v1
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {aivm.types.v1.Event.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (p) {
                    this.attributes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Event type.
                 * @member {string} type
                 * @memberof aivm.types.v1.Event
                 * @instance
                 */
                Event.prototype.type = "";

                /**
                 * Event attributes.
                 * @member {Array.<aivm.types.v1.EventAttribute.$Properties>} attributes
                 * @memberof aivm.types.v1.Event
                 * @instance
                 */
                Event.prototype.attributes = $util.emptyArray;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {aivm.types.v1.Event.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Event} Event instance
                 * @type {{
                 *   (properties: aivm.types.v1.Event.$Shape): aivm.types.v1.Event & aivm.types.v1.Event.$Shape;
                 *   (properties?: aivm.types.v1.Event.$Properties): aivm.types.v1.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link aivm.types.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {aivm.types.v1.Event.$Properties} m Event message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                    if (m.attributes != null && m.attributes.length) {
                        for (var i = 0; i < m.attributes.length; ++i)
                            $root.aivm.types.v1.EventAttribute.encode(m.attributes[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Event & aivm.types.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Event();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.attributes && m.attributes.length))
                                    m.attributes = [];
                                m.attributes.push($root.aivm.types.v1.EventAttribute.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Event} Event
                 */
                Event.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Event)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Event: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Event();
                    if (d.type != null) {
                        if (typeof d.type !== "string" || d.type.length) {
                            m.type = $String(d.type);
                        }
                    }
                    if (d.attributes) {
                        if (!$Array.isArray(d.attributes))
                            throw $TypeError(".aivm.types.v1.Event.attributes: array expected");
                        m.attributes = $Array(d.attributes.length);
                        for (var i = 0; i < d.attributes.length; ++i) {
                            if (!$util.isObject(d.attributes[i]))
                                throw $TypeError(".aivm.types.v1.Event.attributes: object expected");
                            m.attributes[i] = $root.aivm.types.v1.EventAttribute.fromObject(d.attributes[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {aivm.types.v1.Event} m Event
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.attributes = [];
                    }
                    if (o.defaults) {
                        d.type = "";
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = m.type;
                    }
                    if (m.attributes && m.attributes.length) {
                        d.attributes = $Array(m.attributes.length);
                        for (var j = 0; j < m.attributes.length; ++j) {
                            d.attributes[j] = $root.aivm.types.v1.EventAttribute.toObject(m.attributes[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Event";
                };

                return Event;
            })();

            v1.ExecTxResult = (function() {

                /**
                 * Properties of an ExecTxResult.
                 * @typedef {Object} aivm.types.v1.ExecTxResult.$Properties
                 * @property {number|null} [code] ExecTxResult code
                 * @property {Uint8Array|null} [data] ExecTxResult data
                 * @property {string|null} [log] ExecTxResult log
                 * @property {number|null} [gasWanted] ExecTxResult gasWanted
                 * @property {number|null} [gasUsed] ExecTxResult gasUsed
                 * @property {Array.<aivm.types.v1.Event.$Properties>|null} [events] ExecTxResult events
                 * @property {string|null} [codespace] ExecTxResult codespace
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecTxResult.
                 * @memberof aivm.types.v1
                 * @interface IExecTxResult
                 * @augments aivm.types.v1.ExecTxResult.$Properties
                 * @deprecated Use aivm.types.v1.ExecTxResult.$Properties instead.
                 */

                /**
                 * Shape of an ExecTxResult.
                 * @typedef {aivm.types.v1.ExecTxResult.$Properties} aivm.types.v1.ExecTxResult.$Shape
                 */

                /**
                 * Constructs a new ExecTxResult.
                 * @memberof aivm.types.v1
                 * @classdesc Represents an ExecTxResult.
                 * @constructor
                 * @param {aivm.types.v1.ExecTxResult.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExecTxResult = function (p) {
                    this.events = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ExecTxResult code.
                 * @member {number} code
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.code = 0;

                /**
                 * ExecTxResult data.
                 * @member {Uint8Array} data
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.data = $util.newBuffer([]);

                /**
                 * ExecTxResult log.
                 * @member {string} log
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.log = "";

                /**
                 * ExecTxResult gasWanted.
                 * @member {number} gasWanted
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.gasWanted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExecTxResult gasUsed.
                 * @member {number} gasUsed
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExecTxResult events.
                 * @member {Array.<aivm.types.v1.Event.$Properties>} events
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.events = $util.emptyArray;

                /**
                 * ExecTxResult codespace.
                 * @member {string} codespace
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 */
                ExecTxResult.prototype.codespace = "";

                /**
                 * Creates a new ExecTxResult instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {aivm.types.v1.ExecTxResult.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.ExecTxResult} ExecTxResult instance
                 * @type {{
                 *   (properties: aivm.types.v1.ExecTxResult.$Shape): aivm.types.v1.ExecTxResult & aivm.types.v1.ExecTxResult.$Shape;
                 *   (properties?: aivm.types.v1.ExecTxResult.$Properties): aivm.types.v1.ExecTxResult;
                 * }}
                 */
                ExecTxResult.create = function(properties) {
                    return new ExecTxResult(properties);
                };

                /**
                 * Encodes the specified ExecTxResult message. Does not implicitly {@link aivm.types.v1.ExecTxResult.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {aivm.types.v1.ExecTxResult.$Properties} m ExecTxResult message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecTxResult.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.code);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                    if (m.log != null && $Object.hasOwnProperty.call(m, "log") && m.log !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.log);
                    if (m.gasWanted != null && $Object.hasOwnProperty.call(m, "gasWanted") && (typeof m.gasWanted === "object" ? m.gasWanted.low || m.gasWanted.high : m.gasWanted !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).int64(m.gasWanted);
                    if (m.gasUsed != null && $Object.hasOwnProperty.call(m, "gasUsed") && (typeof m.gasUsed === "object" ? m.gasUsed.low || m.gasUsed.high : m.gasUsed !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).int64(m.gasUsed);
                    if (m.events != null && m.events.length) {
                        for (var i = 0; i < m.events.length; ++i)
                            $root.aivm.types.v1.Event.encode(m.events[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.codespace != null && $Object.hasOwnProperty.call(m, "codespace") && m.codespace !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.codespace);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an ExecTxResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.ExecTxResult & aivm.types.v1.ExecTxResult.$Shape} ExecTxResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecTxResult.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.ExecTxResult();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.log = v;
                                else
                                    delete m.log;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.gasWanted = v;
                                else
                                    delete m.gasWanted;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.gasUsed = v;
                                else
                                    delete m.gasUsed;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.events && m.events.length))
                                    m.events = [];
                                m.events.push($root.aivm.types.v1.Event.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.codespace = v;
                                else
                                    delete m.codespace;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an ExecTxResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.ExecTxResult} ExecTxResult
                 */
                ExecTxResult.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.ExecTxResult)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.ExecTxResult: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.ExecTxResult();
                    if (d.code != null) {
                        if ($Number(d.code) !== 0) {
                            m.code = d.code >>> 0;
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    if (d.log != null) {
                        if (typeof d.log !== "string" || d.log.length) {
                            m.log = $String(d.log);
                        }
                    }
                    if (d.gasWanted != null) {
                        if (typeof d.gasWanted === "object" ? d.gasWanted.low || d.gasWanted.high : $Number(d.gasWanted) !== 0) {
                            if ($util.Long)
                                m.gasWanted = $util.Long.fromValue(d.gasWanted, false);
                            else if (typeof d.gasWanted === "string")
                                m.gasWanted = $parseInt(d.gasWanted, 10);
                            else if (typeof d.gasWanted === "number")
                                m.gasWanted = d.gasWanted;
                            else if (typeof d.gasWanted === "object")
                                m.gasWanted = new $util.LongBits(d.gasWanted.low >>> 0, d.gasWanted.high >>> 0).toNumber();
                        }
                    }
                    if (d.gasUsed != null) {
                        if (typeof d.gasUsed === "object" ? d.gasUsed.low || d.gasUsed.high : $Number(d.gasUsed) !== 0) {
                            if ($util.Long)
                                m.gasUsed = $util.Long.fromValue(d.gasUsed, false);
                            else if (typeof d.gasUsed === "string")
                                m.gasUsed = $parseInt(d.gasUsed, 10);
                            else if (typeof d.gasUsed === "number")
                                m.gasUsed = d.gasUsed;
                            else if (typeof d.gasUsed === "object")
                                m.gasUsed = new $util.LongBits(d.gasUsed.low >>> 0, d.gasUsed.high >>> 0).toNumber();
                        }
                    }
                    if (d.events) {
                        if (!$Array.isArray(d.events))
                            throw $TypeError(".aivm.types.v1.ExecTxResult.events: array expected");
                        m.events = $Array(d.events.length);
                        for (var i = 0; i < d.events.length; ++i) {
                            if (!$util.isObject(d.events[i]))
                                throw $TypeError(".aivm.types.v1.ExecTxResult.events: object expected");
                            m.events[i] = $root.aivm.types.v1.Event.fromObject(d.events[i], q + 1);
                        }
                    }
                    if (d.codespace != null) {
                        if (typeof d.codespace !== "string" || d.codespace.length) {
                            m.codespace = $String(d.codespace);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ExecTxResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {aivm.types.v1.ExecTxResult} m ExecTxResult
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExecTxResult.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.events = [];
                    }
                    if (o.defaults) {
                        d.code = 0;
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                        d.log = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.gasWanted = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.gasWanted = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.gasUsed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.gasUsed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.codespace = "";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    if (m.log != null && $Object.hasOwnProperty.call(m, "log")) {
                        d.log = m.log;
                    }
                    if (m.gasWanted != null && $Object.hasOwnProperty.call(m, "gasWanted")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.gasWanted = typeof m.gasWanted === "number" ? $BigInt(m.gasWanted) : $util.Long.fromBits(m.gasWanted.low >>> 0, m.gasWanted.high >>> 0, false).toBigInt();
                        else if (typeof m.gasWanted === "number")
                            d.gasWanted = o.longs === $String ? $String(m.gasWanted) : m.gasWanted;
                        else
                            d.gasWanted = o.longs === $String ? $util.Long.prototype.toString.call(m.gasWanted) : o.longs === $Number ? new $util.LongBits(m.gasWanted.low >>> 0, m.gasWanted.high >>> 0).toNumber() : m.gasWanted;
                    }
                    if (m.gasUsed != null && $Object.hasOwnProperty.call(m, "gasUsed")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.gasUsed = typeof m.gasUsed === "number" ? $BigInt(m.gasUsed) : $util.Long.fromBits(m.gasUsed.low >>> 0, m.gasUsed.high >>> 0, false).toBigInt();
                        else if (typeof m.gasUsed === "number")
                            d.gasUsed = o.longs === $String ? $String(m.gasUsed) : m.gasUsed;
                        else
                            d.gasUsed = o.longs === $String ? $util.Long.prototype.toString.call(m.gasUsed) : o.longs === $Number ? new $util.LongBits(m.gasUsed.low >>> 0, m.gasUsed.high >>> 0).toNumber() : m.gasUsed;
                    }
                    if (m.events && m.events.length) {
                        d.events = $Array(m.events.length);
                        for (var j = 0; j < m.events.length; ++j) {
                            d.events[j] = $root.aivm.types.v1.Event.toObject(m.events[j], o, q + 1);
                        }
                    }
                    if (m.codespace != null && $Object.hasOwnProperty.call(m, "codespace")) {
                        d.codespace = m.codespace;
                    }
                    return d;
                };

                /**
                 * Converts this ExecTxResult to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.ExecTxResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExecTxResult.prototype.toJSON = function() {
                    return ExecTxResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExecTxResult
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.ExecTxResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExecTxResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.ExecTxResult";
                };

                return ExecTxResult;
            })();

            v1.BlockResults = (function() {

                /**
                 * Properties of a BlockResults.
                 * @typedef {Object} aivm.types.v1.BlockResults.$Properties
                 * @property {number|null} [height] BlockResults height
                 * @property {Array.<aivm.types.v1.ExecTxResult.$Properties>|null} [txResults] BlockResults txResults
                 * @property {Array.<aivm.types.v1.Event.$Properties>|null} [finalizeBlockEvents] BlockResults finalizeBlockEvents
                 * @property {Uint8Array|null} [appHash] BlockResults appHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BlockResults.
                 * @memberof aivm.types.v1
                 * @interface IBlockResults
                 * @augments aivm.types.v1.BlockResults.$Properties
                 * @deprecated Use aivm.types.v1.BlockResults.$Properties instead.
                 */

                /**
                 * Shape of a BlockResults.
                 * @typedef {aivm.types.v1.BlockResults.$Properties} aivm.types.v1.BlockResults.$Shape
                 */

                /**
                 * Constructs a new BlockResults.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a BlockResults.
                 * @constructor
                 * @param {aivm.types.v1.BlockResults.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BlockResults = function (p) {
                    this.txResults = [];
                    this.finalizeBlockEvents = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * BlockResults height.
                 * @member {number} height
                 * @memberof aivm.types.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * BlockResults txResults.
                 * @member {Array.<aivm.types.v1.ExecTxResult.$Properties>} txResults
                 * @memberof aivm.types.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.txResults = $util.emptyArray;

                /**
                 * BlockResults finalizeBlockEvents.
                 * @member {Array.<aivm.types.v1.Event.$Properties>} finalizeBlockEvents
                 * @memberof aivm.types.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.finalizeBlockEvents = $util.emptyArray;

                /**
                 * BlockResults appHash.
                 * @member {Uint8Array} appHash
                 * @memberof aivm.types.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.appHash = $util.newBuffer([]);

                /**
                 * Creates a new BlockResults instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {aivm.types.v1.BlockResults.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.BlockResults} BlockResults instance
                 * @type {{
                 *   (properties: aivm.types.v1.BlockResults.$Shape): aivm.types.v1.BlockResults & aivm.types.v1.BlockResults.$Shape;
                 *   (properties?: aivm.types.v1.BlockResults.$Properties): aivm.types.v1.BlockResults;
                 * }}
                 */
                BlockResults.create = function(properties) {
                    return new BlockResults(properties);
                };

                /**
                 * Encodes the specified BlockResults message. Does not implicitly {@link aivm.types.v1.BlockResults.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {aivm.types.v1.BlockResults.$Properties} m BlockResults message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockResults.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.height);
                    if (m.txResults != null && m.txResults.length) {
                        for (var i = 0; i < m.txResults.length; ++i)
                            $root.aivm.types.v1.ExecTxResult.encode(m.txResults[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.finalizeBlockEvents != null && m.finalizeBlockEvents.length) {
                        for (var i = 0; i < m.finalizeBlockEvents.length; ++i)
                            $root.aivm.types.v1.Event.encode(m.finalizeBlockEvents[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.appHash != null && $Object.hasOwnProperty.call(m, "appHash") && m.appHash.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.appHash);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a BlockResults message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.BlockResults & aivm.types.v1.BlockResults.$Shape} BlockResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockResults.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.BlockResults();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.txResults && m.txResults.length))
                                    m.txResults = [];
                                m.txResults.push($root.aivm.types.v1.ExecTxResult.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.finalizeBlockEvents && m.finalizeBlockEvents.length))
                                    m.finalizeBlockEvents = [];
                                m.finalizeBlockEvents.push($root.aivm.types.v1.Event.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.appHash = v;
                                else
                                    delete m.appHash;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a BlockResults message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.BlockResults} BlockResults
                 */
                BlockResults.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.BlockResults)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.BlockResults: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.BlockResults();
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.txResults) {
                        if (!$Array.isArray(d.txResults))
                            throw $TypeError(".aivm.types.v1.BlockResults.txResults: array expected");
                        m.txResults = $Array(d.txResults.length);
                        for (var i = 0; i < d.txResults.length; ++i) {
                            if (!$util.isObject(d.txResults[i]))
                                throw $TypeError(".aivm.types.v1.BlockResults.txResults: object expected");
                            m.txResults[i] = $root.aivm.types.v1.ExecTxResult.fromObject(d.txResults[i], q + 1);
                        }
                    }
                    if (d.finalizeBlockEvents) {
                        if (!$Array.isArray(d.finalizeBlockEvents))
                            throw $TypeError(".aivm.types.v1.BlockResults.finalizeBlockEvents: array expected");
                        m.finalizeBlockEvents = $Array(d.finalizeBlockEvents.length);
                        for (var i = 0; i < d.finalizeBlockEvents.length; ++i) {
                            if (!$util.isObject(d.finalizeBlockEvents[i]))
                                throw $TypeError(".aivm.types.v1.BlockResults.finalizeBlockEvents: object expected");
                            m.finalizeBlockEvents[i] = $root.aivm.types.v1.Event.fromObject(d.finalizeBlockEvents[i], q + 1);
                        }
                    }
                    if (d.appHash != null) {
                        if (d.appHash.length) {
                            if (typeof d.appHash === "string")
                                $util.base64.decode(d.appHash, m.appHash = $util.newBuffer($util.base64.length(d.appHash)), 0);
                            else if (d.appHash.length >= 0)
                                m.appHash = d.appHash;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a BlockResults message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {aivm.types.v1.BlockResults} m BlockResults
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BlockResults.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.txResults = [];
                        d.finalizeBlockEvents = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.appHash = "";
                        else {
                            d.appHash = [];
                            if (o.bytes !== $Array)
                                d.appHash = $util.newBuffer(d.appHash);
                        }
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.txResults && m.txResults.length) {
                        d.txResults = $Array(m.txResults.length);
                        for (var j = 0; j < m.txResults.length; ++j) {
                            d.txResults[j] = $root.aivm.types.v1.ExecTxResult.toObject(m.txResults[j], o, q + 1);
                        }
                    }
                    if (m.finalizeBlockEvents && m.finalizeBlockEvents.length) {
                        d.finalizeBlockEvents = $Array(m.finalizeBlockEvents.length);
                        for (var j = 0; j < m.finalizeBlockEvents.length; ++j) {
                            d.finalizeBlockEvents[j] = $root.aivm.types.v1.Event.toObject(m.finalizeBlockEvents[j], o, q + 1);
                        }
                    }
                    if (m.appHash != null && $Object.hasOwnProperty.call(m, "appHash")) {
                        d.appHash = o.bytes === $String ? $util.base64.encode(m.appHash, 0, m.appHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.appHash) : m.appHash;
                    }
                    return d;
                };

                /**
                 * Converts this BlockResults to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.BlockResults
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BlockResults.prototype.toJSON = function() {
                    return BlockResults.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BlockResults
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.BlockResults
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BlockResults.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.BlockResults";
                };

                return BlockResults;
            })();

            v1.SignerState = (function() {

                /**
                 * Properties of a SignerState.
                 * @typedef {Object} aivm.types.v1.SignerState.$Properties
                 * @property {number|null} [height] SignerState height
                 * @property {number|null} [round] SignerState round
                 * @property {number|null} [step] SignerState step
                 * @property {Uint8Array|null} [signBytes] SignerState signBytes
                 * @property {Uint8Array|null} [signature] SignerState signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignerState.
                 * @memberof aivm.types.v1
                 * @interface ISignerState
                 * @augments aivm.types.v1.SignerState.$Properties
                 * @deprecated Use aivm.types.v1.SignerState.$Properties instead.
                 */

                /**
                 * Shape of a SignerState.
                 * @typedef {aivm.types.v1.SignerState.$Properties} aivm.types.v1.SignerState.$Shape
                 */

                /**
                 * Constructs a new SignerState.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a SignerState.
                 * @constructor
                 * @param {aivm.types.v1.SignerState.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignerState = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SignerState height.
                 * @member {number} height
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 */
                SignerState.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SignerState round.
                 * @member {number} round
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 */
                SignerState.prototype.round = 0;

                /**
                 * SignerState step.
                 * @member {number} step
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 */
                SignerState.prototype.step = 0;

                /**
                 * SignerState signBytes.
                 * @member {Uint8Array} signBytes
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 */
                SignerState.prototype.signBytes = $util.newBuffer([]);

                /**
                 * SignerState signature.
                 * @member {Uint8Array} signature
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 */
                SignerState.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new SignerState instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {aivm.types.v1.SignerState.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.SignerState} SignerState instance
                 * @type {{
                 *   (properties: aivm.types.v1.SignerState.$Shape): aivm.types.v1.SignerState & aivm.types.v1.SignerState.$Shape;
                 *   (properties?: aivm.types.v1.SignerState.$Properties): aivm.types.v1.SignerState;
                 * }}
                 */
                SignerState.create = function(properties) {
                    return new SignerState(properties);
                };

                /**
                 * Encodes the specified SignerState message. Does not implicitly {@link aivm.types.v1.SignerState.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {aivm.types.v1.SignerState.$Properties} m SignerState message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignerState.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height") && (typeof m.height === "object" ? m.height.low || m.height.high : m.height !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.height);
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.round);
                    if (m.step != null && $Object.hasOwnProperty.call(m, "step") && m.step !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.step);
                    if (m.signBytes != null && $Object.hasOwnProperty.call(m, "signBytes") && m.signBytes.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.signBytes);
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                        w.uint32(/* id 5, wireType 2 =*/42).bytes(m.signature);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SignerState message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.SignerState & aivm.types.v1.SignerState.$Shape} SignerState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignerState.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.SignerState();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.height = v;
                                else
                                    delete m.height;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.round = v;
                                else
                                    delete m.round;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.step = v;
                                else
                                    delete m.step;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.signBytes = v;
                                else
                                    delete m.signBytes;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.signature = v;
                                else
                                    delete m.signature;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a SignerState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.SignerState} SignerState
                 */
                SignerState.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.SignerState)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.SignerState: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.SignerState();
                    if (d.height != null) {
                        if (typeof d.height === "object" ? d.height.low || d.height.high : $Number(d.height) !== 0) {
                            if ($util.Long)
                                m.height = $util.Long.fromValue(d.height, false);
                            else if (typeof d.height === "string")
                                m.height = $parseInt(d.height, 10);
                            else if (typeof d.height === "number")
                                m.height = d.height;
                            else if (typeof d.height === "object")
                                m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber();
                        }
                    }
                    if (d.round != null) {
                        if ($Number(d.round) !== 0) {
                            m.round = d.round | 0;
                        }
                    }
                    if (d.step != null) {
                        if ($Number(d.step) !== 0) {
                            m.step = d.step | 0;
                        }
                    }
                    if (d.signBytes != null) {
                        if (d.signBytes.length) {
                            if (typeof d.signBytes === "string")
                                $util.base64.decode(d.signBytes, m.signBytes = $util.newBuffer($util.base64.length(d.signBytes)), 0);
                            else if (d.signBytes.length >= 0)
                                m.signBytes = d.signBytes;
                        }
                    }
                    if (d.signature != null) {
                        if (d.signature.length) {
                            if (typeof d.signature === "string")
                                $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                            else if (d.signature.length >= 0)
                                m.signature = d.signature;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SignerState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {aivm.types.v1.SignerState} m SignerState
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SignerState.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.height = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.round = 0;
                        d.step = 0;
                        if (o.bytes === $String)
                            d.signBytes = "";
                        else {
                            d.signBytes = [];
                            if (o.bytes !== $Array)
                                d.signBytes = $util.newBuffer(d.signBytes);
                        }
                        if (o.bytes === $String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== $Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.height = typeof m.height === "number" ? $BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, false).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === $String ? $String(m.height) : m.height;
                        else
                            d.height = o.longs === $String ? $util.Long.prototype.toString.call(m.height) : o.longs === $Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber() : m.height;
                    }
                    if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                        d.round = m.round;
                    }
                    if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                        d.step = m.step;
                    }
                    if (m.signBytes != null && $Object.hasOwnProperty.call(m, "signBytes")) {
                        d.signBytes = o.bytes === $String ? $util.base64.encode(m.signBytes, 0, m.signBytes.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signBytes) : m.signBytes;
                    }
                    if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this SignerState to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.SignerState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SignerState.prototype.toJSON = function() {
                    return SignerState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SignerState
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.SignerState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SignerState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.SignerState";
                };

                return SignerState;
            })();

            v1.Validator = (function() {

                /**
                 * Properties of a Validator.
                 * @typedef {Object} aivm.types.v1.Validator.$Properties
                 * @property {Uint8Array|null} [address] Validator address
                 * @property {Uint8Array|null} [pubKey] Validator pubKey
                 * @property {number|null} [power] Validator power
                 * @property {string|null} [operatorAddress] Validator operatorAddress
                 * @property {string|null} [moniker] Validator moniker
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Validator.
                 * @memberof aivm.types.v1
                 * @interface IValidator
                 * @augments aivm.types.v1.Validator.$Properties
                 * @deprecated Use aivm.types.v1.Validator.$Properties instead.
                 */

                /**
                 * Shape of a Validator.
                 * @typedef {aivm.types.v1.Validator.$Properties} aivm.types.v1.Validator.$Shape
                 */

                /**
                 * Constructs a new Validator.
                 * @memberof aivm.types.v1
                 * @classdesc Represents a Validator.
                 * @constructor
                 * @param {aivm.types.v1.Validator.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Validator = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Validator address.
                 * @member {Uint8Array} address
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.address = $util.newBuffer([]);

                /**
                 * Validator pubKey.
                 * @member {Uint8Array} pubKey
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.pubKey = $util.newBuffer([]);

                /**
                 * Validator power.
                 * @member {number} power
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.power = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Validator operatorAddress.
                 * @member {string} operatorAddress
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.operatorAddress = "";

                /**
                 * Validator moniker.
                 * @member {string} moniker
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 */
                Validator.prototype.moniker = "";

                /**
                 * Creates a new Validator instance using the specified properties.
                 * @function create
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {aivm.types.v1.Validator.$Properties=} [properties] Properties to set
                 * @returns {aivm.types.v1.Validator} Validator instance
                 * @type {{
                 *   (properties: aivm.types.v1.Validator.$Shape): aivm.types.v1.Validator & aivm.types.v1.Validator.$Shape;
                 *   (properties?: aivm.types.v1.Validator.$Properties): aivm.types.v1.Validator;
                 * }}
                 */
                Validator.create = function(properties) {
                    return new Validator(properties);
                };

                /**
                 * Encodes the specified Validator message. Does not implicitly {@link aivm.types.v1.Validator.verify|verify} messages.
                 * @function encode
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {aivm.types.v1.Validator.$Properties} m Validator message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Validator.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.address);
                    if (m.pubKey != null && $Object.hasOwnProperty.call(m, "pubKey") && m.pubKey.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.pubKey);
                    if (m.power != null && $Object.hasOwnProperty.call(m, "power") && (typeof m.power === "object" ? m.power.low || m.power.high : m.power !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.power);
                    if (m.operatorAddress != null && $Object.hasOwnProperty.call(m, "operatorAddress") && m.operatorAddress !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.operatorAddress);
                    if (m.moniker != null && $Object.hasOwnProperty.call(m, "moniker") && m.moniker !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.moniker);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Validator message from the specified reader or buffer.
                 * @function decode
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {aivm.types.v1.Validator & aivm.types.v1.Validator.$Shape} Validator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Validator.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.aivm.types.v1.Validator();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.address = v;
                                else
                                    delete m.address;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.pubKey = v;
                                else
                                    delete m.pubKey;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.power = v;
                                else
                                    delete m.power;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.operatorAddress = v;
                                else
                                    delete m.operatorAddress;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.moniker = v;
                                else
                                    delete m.moniker;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Validator message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {aivm.types.v1.Validator} Validator
                 */
                Validator.fromObject = function (d, q) {
                    if (d instanceof $root.aivm.types.v1.Validator)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".aivm.types.v1.Validator: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.aivm.types.v1.Validator();
                    if (d.address != null) {
                        if (d.address.length) {
                            if (typeof d.address === "string")
                                $util.base64.decode(d.address, m.address = $util.newBuffer($util.base64.length(d.address)), 0);
                            else if (d.address.length >= 0)
                                m.address = d.address;
                        }
                    }
                    if (d.pubKey != null) {
                        if (d.pubKey.length) {
                            if (typeof d.pubKey === "string")
                                $util.base64.decode(d.pubKey, m.pubKey = $util.newBuffer($util.base64.length(d.pubKey)), 0);
                            else if (d.pubKey.length >= 0)
                                m.pubKey = d.pubKey;
                        }
                    }
                    if (d.power != null) {
                        if (typeof d.power === "object" ? d.power.low || d.power.high : $Number(d.power) !== 0) {
                            if ($util.Long)
                                m.power = $util.Long.fromValue(d.power, false);
                            else if (typeof d.power === "string")
                                m.power = $parseInt(d.power, 10);
                            else if (typeof d.power === "number")
                                m.power = d.power;
                            else if (typeof d.power === "object")
                                m.power = new $util.LongBits(d.power.low >>> 0, d.power.high >>> 0).toNumber();
                        }
                    }
                    if (d.operatorAddress != null) {
                        if (typeof d.operatorAddress !== "string" || d.operatorAddress.length) {
                            m.operatorAddress = $String(d.operatorAddress);
                        }
                    }
                    if (d.moniker != null) {
                        if (typeof d.moniker !== "string" || d.moniker.length) {
                            m.moniker = $String(d.moniker);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Validator message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {aivm.types.v1.Validator} m Validator
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Validator.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.address = "";
                        else {
                            d.address = [];
                            if (o.bytes !== $Array)
                                d.address = $util.newBuffer(d.address);
                        }
                        if (o.bytes === $String)
                            d.pubKey = "";
                        else {
                            d.pubKey = [];
                            if (o.bytes !== $Array)
                                d.pubKey = $util.newBuffer(d.pubKey);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.power = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.power = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.operatorAddress = "";
                        d.moniker = "";
                    }
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                        d.address = o.bytes === $String ? $util.base64.encode(m.address, 0, m.address.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.address) : m.address;
                    }
                    if (m.pubKey != null && $Object.hasOwnProperty.call(m, "pubKey")) {
                        d.pubKey = o.bytes === $String ? $util.base64.encode(m.pubKey, 0, m.pubKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pubKey) : m.pubKey;
                    }
                    if (m.power != null && $Object.hasOwnProperty.call(m, "power")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.power = typeof m.power === "number" ? $BigInt(m.power) : $util.Long.fromBits(m.power.low >>> 0, m.power.high >>> 0, false).toBigInt();
                        else if (typeof m.power === "number")
                            d.power = o.longs === $String ? $String(m.power) : m.power;
                        else
                            d.power = o.longs === $String ? $util.Long.prototype.toString.call(m.power) : o.longs === $Number ? new $util.LongBits(m.power.low >>> 0, m.power.high >>> 0).toNumber() : m.power;
                    }
                    if (m.operatorAddress != null && $Object.hasOwnProperty.call(m, "operatorAddress")) {
                        d.operatorAddress = m.operatorAddress;
                    }
                    if (m.moniker != null && $Object.hasOwnProperty.call(m, "moniker")) {
                        d.moniker = m.moniker;
                    }
                    return d;
                };

                /**
                 * Converts this Validator to JSON.
                 * @function toJSON
                 * @memberof aivm.types.v1.Validator
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Validator.prototype.toJSON = function() {
                    return Validator.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Validator
                 * @function getTypeUrl
                 * @memberof aivm.types.v1.Validator
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Validator.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aivm.types.v1.Validator";
                };

                return Validator;
            })();

            return v1;
        })();

        return types;
    })();

    return aivm;
})();

export {
  $root as default
};
