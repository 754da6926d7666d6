// Structured logs with a namespace per component ("aivm:consensus", "aivm:rpc", …) and a level.
// Text lines for people (default) or JSON lines for log pipelines; always on stderr.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'text' | 'json';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(component: string): Logger;
}

export interface LogSink {
  level: LogLevel;
  format: LogFormat;
  /** Per-namespace overrides, e.g. { "aivm:rpc": "debug" }. */
  overrides: Record<string, LogLevel>;
  write(line: string): void;
}

export function isLogLevel(s: string): s is LogLevel {
  return s in ORDER;
}

function fmtValue(v: unknown): string {
  if (typeof v === 'string') return /[\s="]/.test(v) ? JSON.stringify(v) : v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Error) return JSON.stringify(v.message);
  return JSON.stringify(v);
}

export function createLogger(sink: LogSink, namespace = 'aivm'): Logger {
  const enabled = (level: LogLevel) => ORDER[level] >= ORDER[sink.overrides[namespace] ?? sink.level];
  const log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (!enabled(level)) return;
    const time = new Date().toISOString();
    if (sink.format === 'json') {
      sink.write(JSON.stringify({ time, level, ns: namespace, msg, ...normalize(fields) }));
    } else {
      const kv = fields ? Object.entries(fields).map(([k, v]) => `${k}=${fmtValue(v)}`).join(' ') : '';
      sink.write(`${time} ${level.toUpperCase().padEnd(5)} ${namespace}: ${msg}${kv ? ' ' + kv : ''}`);
    }
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (c) => createLogger(sink, `${namespace}:${c}`),
  };
}

function normalize(fields?: Record<string, unknown>): Record<string, unknown> {
  if (!fields) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = typeof v === 'bigint' ? v.toString() : v instanceof Error ? v.message : v;
  return out;
}

export function stderrSink(level: LogLevel = 'info', format: LogFormat = 'text'): LogSink {
  return { level, format, overrides: {}, write: (line) => process.stderr.write(line + '\n') };
}

export const silentLogger: Logger = createLogger({ level: 'silent', format: 'text', overrides: {}, write: () => {} });
