// Sends the local visitor's pose at MOVE_RATE_HZ, only when it changed. Runs while connected.
import { type ClientMessage, MOVE_RATE_HZ } from '../../shared/protocol.ts';
import { self } from '../stores/motion.ts';

type Send = (type: 'move', payload: ClientMessage<'move'>) => void;

export function startMoveSender(send: Send): () => void {
  let last = '';
  const timer = setInterval(() => {
    if (!self.placed) return;
    const key = `${self.x.toFixed(2)},${self.z.toFixed(2)},${self.heading.toFixed(2)},${self.anim}`;
    if (key === last) return;
    last = key;
    self.sentX = self.x;
    self.sentZ = self.z;
    send('move', { x: self.x, z: self.z, heading: self.heading, anim: self.anim });
  }, 1000 / MOVE_RATE_HZ);
  return () => clearInterval(timer);
}
