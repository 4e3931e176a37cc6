import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './inputs';

// One task at a time: the main thread sends the next one when this one's result is back.
parentPort!.on('message', (message: { index: number; task: Task }) => {
  void runTask(message.task).then((result) => parentPort!.postMessage({ index: message.index, result }));
});
parentPort!.postMessage({ ready: true });
