/**
 * Sends waiting entries without being asked: when the app opens, when the
 * browser says the connection is back, and every 20 seconds while something
 * waits (a server answering 503 for a while does not change "online").
 * Rendered once, beside the router; shows nothing.
 */
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../api/queries.ts';
import { useSendWaiting, useWaitingEntries } from './waiting.ts';

const EVERY_MS = 20_000;

export function OfflineSync() {
  const client = useQueryClient();
  const waiting = useWaitingEntries();
  const send = useSendWaiting();
  const sendRef = useRef(send);
  sendRef.current = send;
  const pending = (waiting.data ?? []).filter((e) => !e.refusal).length;

  useEffect(() => {
    const back = () => {
      // The session and commitments read while offline were the phone's copies: ask the server again.
      void client.invalidateQueries({ queryKey: keys.session });
      void client.invalidateQueries({ queryKey: ['activities'] });
      void sendRef.current();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [client]);

  useEffect(() => {
    if (!pending) return;
    void sendRef.current();
    const timer = window.setInterval(() => void sendRef.current(), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [pending]);

  return null;
}
