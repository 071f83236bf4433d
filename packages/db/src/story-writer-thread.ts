import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type TDatabase } from './database';
import { GroupCommit } from './group-commit';
import { insertStoryOnce } from './stories';
import {
  describeWriteFailure,
  type TStoryWriterReply,
  type TStoryWriterRequest,
} from './story-writer';

/** The thread behind startStoryWriterThread: its own connection, stories in group commits. */
const port = parentPort!;
const reply = (message: TStoryWriterReply) => port.postMessage(message);

let database: TDatabase;
try {
  database = openDatabase({ file: (workerData as { file: string }).file });
} catch (error) {
  reply({ kind: 'open-failed', failure: describeWriteFailure(error) });
  process.exit(1);
}
const commits = new GroupCommit(database.orm);
let inFlight = 0;
let closeRequested = false;

function closeWhenDone() {
  if (closeRequested && inFlight === 0) {
    database.close();
    port.close();
  }
}

port.on('message', (request: TStoryWriterRequest) => {
  switch (request.kind) {
    case 'stories': {
      inFlight += request.items.length;
      // Each story settles with its group's commit; the batch answers in one message.
      void Promise.allSettled(
        request.items.map(({ story }) => commits.run((tx) => insertStoryOnce(tx, story))),
      ).then((outcomes) => {
        inFlight -= request.items.length;
        reply({
          kind: 'done',
          results: outcomes.map((outcome, i) => {
            const id = request.items[i]!.id;
            return outcome.status === 'fulfilled'
              ? { id, ok: true, value: outcome.value }
              : { id, ok: false, failure: describeWriteFailure(outcome.reason) };
          }),
        });
        closeWhenDone();
      });
      return;
    }
    case 'limit':
      database.limitWrites(request.limit);
      reply({ kind: 'done', results: [{ id: request.id, ok: true, value: undefined }] });
      return;
    case 'stats':
      reply({ kind: 'done', results: [{ id: request.id, ok: true, value: { ...commits.stats } }] });
      return;
    case 'close':
      closeRequested = true;
      closeWhenDone();
      return;
  }
});

reply({ kind: 'ready' });
