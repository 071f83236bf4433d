import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface TOpenLoopResult {
  /** Latency of each answered request, in ms from the moment it was due, sorted. */
  latencies: number[];
  /**
   * How late each request was written, in ms after it was due, sorted: the generator's own
   * delay (its timer, a busy core, no free connection), which the latencies include.
   */
  sentLate: number[];
  /** Requests answered with a status other than 200, or lost with their connection. */
  failed: number;
  /** What the failures were, e.g. "3×429, 1 connection lost". */
  why: string;
  /** Seconds from the first due moment to the last answer. */
  elapsed: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * An open loop over plain keep-alive sockets: request `i` is due at `i / rate` s, and is
 * written then on an idle connection (or, when all `connections` are busy, as soon as one
 * is free). Each latency counts from the moment its request was due, so a server that
 * falls behind is charged the wait as well.
 *
 * The requests are whole HTTP/1.1 messages made before the clock starts, and an answer is
 * read only as far as its status line and Content-Length: the generator shares the
 * machine's two cores with the server, and Node's http client spent 0.2 ms of CPU per
 * request (autocannon, which also writes raw requests, 0.08), time the server then waited
 * for. An answer without Content-Length (chunked) counts as failed, with that reason.
 */
export async function openLoop(options: {
  host: string;
  port: number;
  rate: number;
  connections: number;
  requests: Buffer[];
}): Promise<TOpenLoopResult> {
  const { host, port, rate, connections, requests } = options;
  const latencies: number[] = [];
  const reasons = new Map<string, number>();
  const fail = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  let settled = 0;
  let began = 0;
  let allSettled: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    allSettled = resolve;
  });
  const settle = () => {
    settled += 1;
    if (settled === requests.length) allSettled();
  };

  interface TConnection {
    socket: Socket;
    /** The request it is answering, or -1 when idle. */
    current: number;
    buffer: Buffer;
  }
  const idle: TConnection[] = [];
  const waiting: number[] = [];
  let finished = false;
  /** Set when a connection could not be replaced: requests due then fail at once. */
  let unreachable: string | undefined;

  const lateness: number[] = [];
  const send = (connection: TConnection, index: number) => {
    lateness.push(performance.now() - (began + (index * 1000) / rate));
    connection.current = index;
    connection.socket.write(requests[index]!);
  };
  const release = (connection: TConnection) => {
    connection.current = -1;
    const next = waiting.shift();
    if (next !== undefined) send(connection, next);
    else idle.push(connection);
  };

  /** A connection in place of one that closed; if none can be made, what waits fails. */
  const reopen = () =>
    open().then(
      () => {
        const fresh = idle.pop();
        if (fresh) release(fresh);
      },
      (error: NodeJS.ErrnoException) => {
        unreachable = `no connection (${error.code ?? error.message})`;
        for (const _ of waiting.splice(0)) {
          fail(unreachable);
          settle();
        }
      },
    );

  const open = () =>
    new Promise<void>((resolve, reject) => {
      const socket = connect({ host, port, noDelay: true });
      const connection: TConnection = { socket, current: -1, buffer: Buffer.alloc(0) };
      socket.once('connect', () => {
        idle.push(connection);
        resolve();
      });
      socket.on('data', (chunk: Buffer) => {
        connection.buffer =
          connection.buffer.length === 0 ? chunk : Buffer.concat([connection.buffer, chunk]);
        const end = connection.buffer.indexOf(HEADER_END);
        if (end < 0 || connection.current < 0) return;
        const head = connection.buffer.subarray(0, end).toString('latin1');
        const status = Number(head.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (!length) {
          // Its end cannot be found: the connection goes, and the request fails with why.
          fail('an answer without Content-Length');
          connection.current = -1;
          settle();
          socket.destroy();
          return;
        }
        const total = end + HEADER_END.length + Number(length[1]);
        if (connection.buffer.length < total) return;
        connection.buffer = connection.buffer.subarray(total);
        const index = connection.current;
        if (status === 200) latencies.push(performance.now() - (began + (index * 1000) / rate));
        else fail(String(status));
        settle();
        release(connection);
      });
      socket.on('error', (error) => {
        if (connection.current < 0 && idle.indexOf(connection) < 0) reject(error);
      });
      socket.on('close', () => {
        const at = idle.indexOf(connection);
        if (at >= 0) idle.splice(at, 1);
        if (connection.current >= 0) {
          fail('connection lost');
          connection.current = -1;
          settle();
        }
        // The requests still to come get a new connection in its place.
        if (!finished) reopen();
      });
    });

  await Promise.all(Array.from({ length: connections }, open));
  began = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.min(requests.length, Math.floor(((performance.now() - began) * rate) / 1000));
    for (; sent < due; sent++) {
      const connection = idle.pop();
      if (connection) send(connection, sent);
      else if (unreachable) {
        fail(unreachable);
        settle();
      } else waiting.push(sent);
    }
    if (sent >= requests.length) clearInterval(timer);
  }, 1);
  await done;
  finished = true;
  const elapsed = (performance.now() - began) / 1000;
  for (const connection of idle) connection.socket.destroy();
  latencies.sort((a, b) => a - b);
  lateness.sort((a, b) => a - b);
  const failed = [...reasons.values()].reduce((a, b) => a + b, 0);
  return {
    latencies,
    sentLate: lateness,
    failed,
    why: [...reasons].map(([reason, count]) => `${count}×${reason}`).join(', '),
    elapsed,
  };
}
