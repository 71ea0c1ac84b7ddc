import { parentPort } from 'node:worker_threads';
import { JobCancelledError, type JobContext, type JobHandler, type JobReply, type JobRequest } from './jobProtocol.ts';

/**
 * The worker side of the host protocol: runs one job at a time with the handler registered
 * for its kind, forwards progress, and answers with a result or an error message. A thrown
 * error fails only that job; the worker keeps serving.
 */
export function serveJobs(handlers: Readonly<Record<string, JobHandler>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run inside a worker thread');
  const reply = (message: JobReply) => port.postMessage(message);
  port.on('message', async (request: JobRequest) => {
    const flag = new Int32Array(request.cancelFlag);
    const context: JobContext = {
      progress: (done, total) => reply({ type: 'progress', id: request.id, done, total }),
      isCancelled: () => Atomics.load(flag, 0) === 1,
      throwIfCancelled: () => {
        if (Atomics.load(flag, 0) === 1) throw new JobCancelledError();
      },
    };
    const handler = handlers[request.kind];
    try {
      if (!handler) throw new Error(`no job handler for "${request.kind}"`);
      const value = await handler(request.payload, context);
      reply({ type: 'result', id: request.id, value });
    } catch (error) {
      const cancelled = error instanceof JobCancelledError;
      reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error), cancelled });
    }
  });
}
